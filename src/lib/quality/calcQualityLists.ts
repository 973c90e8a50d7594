/**
 * The data-quality page's lists, from the manifest, the reports' details and the build report:
 * reports with failed checks, blank cells, reading warnings; files that could not be read;
 * conflicts; cross-year carry-over mismatches; duplicate files. Each item names the report it
 * links to (if any). Lists that need the details are null until they are loaded (never an empty list).
 */
import type { BuildReport, Conflict, DetailedEntry, Manifest, ManifestEntry, ReportDetail } from '../data/types';
import { withDetails } from '../data/withDetails';

export interface QualityLists {
  failed: ManifestEntry[];
  /** Most blank cells first. */
  blanks: DetailedEntry[] | null;
  /** Most warnings first. */
  warnings: DetailedEntry[] | null;
  errors: { file: string; reason: string }[];
  conflicts: Conflict[];
  crossYear: DetailedEntry[] | null;
  duplicates: { file: string; of: string }[];
}

export function calcQualityLists(manifest: Manifest, details: readonly ReportDetail[] | null, build: BuildReport | null): QualityLists {
  const r = manifest.reports;
  const detailed = withDetails(r, details);
  const byCount = (key: 'blankCells' | 'warnings') => detailed && detailed.filter((e) => e[key] > 0).sort((a, b) => b[key] - a[key]);
  const files = build?.files ?? [];
  return {
    failed: r.filter((e) => e.failedChecks.length > 0),
    blanks: byCount('blankCells'),
    warnings: byCount('warnings'),
    errors: files.flatMap((f) => (f.outcome === 'error' ? [{ file: f.file, reason: f.reason }] : [])),
    conflicts: manifest.conflicts,
    crossYear: detailed && detailed.filter((e) => e.crossYear && !e.crossYear.ok),
    duplicates: files.flatMap((f) => (f.outcome === 'duplicate' ? [{ file: f.file, of: f.of }] : [])),
  };
}
