/** `manifest.json` from the parsed corpus: one entry per report, sorted by agency, year, id. */
import type { Manifest, ManifestEntry } from '../../src/lib/data/types';
import type { ParsedFile } from './parseCorpus';
import { compareCodePoints } from './listCorpus';

export function calcManifest(parsed: readonly ParsedFile[], inputsSha256: string): Manifest {
  const reports: ManifestEntry[] = [];
  for (const p of parsed) {
    if (!p.ok) continue;
    const r = p.report;
    reports.push({
      id: r.id,
      file: p.file,
      agency: r.agency.name,
      year: r.year,
      template: r.template,
      failedChecks: r.checks.filter((c) => !c.ok).map((c) => c.rule),
    });
  }
  reports.sort(
    (a, b) =>
      compareCodePoints(a.agency, b.agency) ||
      (a.year ?? Infinity) - (b.year ?? Infinity) ||
      compareCodePoints(a.id, b.id),
  );
  return { schemaVersion: 1, inputsSha256, reports };
}
