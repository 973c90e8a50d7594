/**
 * The data-quality page's lists, from the manifest and the build report: reports with failed
 * checks, blank cells, reading warnings; files that could not be read; conflicts; cross-year
 * carry-over mismatches; duplicate files. Each item names the report it links to (if any).
 */
import type { BuildReport, Conflict, Manifest, ManifestEntry } from '../data/types';

export interface QualityLists {
  failed: ManifestEntry[];
  /** Most blank cells first. */
  blanks: ManifestEntry[];
  /** Most warnings first. */
  warnings: ManifestEntry[];
  errors: { file: string; reason: string }[];
  conflicts: Conflict[];
  crossYear: ManifestEntry[];
  duplicates: { file: string; of: string }[];
}

export function calcQualityLists(manifest: Manifest, build: BuildReport | null): QualityLists {
  const r = manifest.reports;
  const byCount = (key: 'blankCells' | 'warnings') => r.filter((e) => e[key] > 0).sort((a, b) => b[key] - a[key]);
  const files = build?.files ?? [];
  return {
    failed: r.filter((e) => e.failedChecks.length > 0),
    blanks: byCount('blankCells'),
    warnings: byCount('warnings'),
    errors: files.flatMap((f) => (f.outcome === 'error' ? [{ file: f.file, reason: f.reason }] : [])),
    conflicts: manifest.conflicts,
    crossYear: r.filter((e) => e.crossYear && !e.crossYear.ok),
    duplicates: files.flatMap((f) => (f.outcome === 'duplicate' ? [{ file: f.file, of: f.of }] : [])),
  };
}
