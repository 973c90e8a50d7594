/** `build-report.json`: the outcome of every input file, in file order, and the agency joins. */
import { DATASET_SCHEMA_VERSION, type BuildOutcome, type BuildReport, type Manifest, type ReportDetail } from '../data/types';
import type { AgencyTable } from './agencies/calcAgencies';
import type { KeptReports } from './calcKeptReports';
import type { ParsedFile } from './reportRecord';

export function calcBuildReport(
  parsed: readonly ParsedFile[],
  reports: KeptReports,
  table: AgencyTable,
  manifest: Pick<Manifest, 'inputsSha256'>,
  details: readonly ReportDetail[],
  metaCsv: BuildReport['metaCsv'] = null,
  skipped: readonly { file: string; reason: string }[] = [],
): BuildReport {
  const keptByIndex = new Map(reports.kept.map((k) => [k.record.index, k]));
  const files: BuildOutcome[] = parsed.map((p) => {
    if (!p.ok) return { file: p.file, outcome: 'error', reason: p.error };
    const { index, failedChecks, tablesAsImages, warnings } = p.record;
    const of = reports.duplicateOf.get(index);
    if (of !== undefined) return { file: p.file, outcome: 'duplicate', of };
    const k = keptByIndex.get(index)!;
    const notes = { ...(tablesAsImages ? { tablesAsImages: true as const } : {}), ...(warnings.length ? { warnings } : {}) };
    if (k.conflict !== undefined) return { file: p.file, outcome: 'conflict', id: k.id, conflict: k.conflict, failedChecks, ...notes };
    return failedChecks.length
      ? { file: p.file, outcome: 'failedChecks', id: k.id, failedChecks, ...notes }
      : { file: p.file, outcome: 'parsed', id: k.id, ...notes };
  });
  const count = (o: BuildOutcome['outcome']) => files.filter((f) => f.outcome === o).length;
  return {
    schemaVersion: DATASET_SCHEMA_VERSION,
    inputsSha256: manifest.inputsSha256,
    counts: {
      files: files.length,
      parsed: count('parsed'),
      failedChecks: count('failedChecks'),
      duplicates: count('duplicate'),
      conflicts: count('conflict'),
      errors: count('error'),
      agencies: table.agencies.length,
      crossYearMismatches: details.filter((d) => d.crossYear && !d.crossYear.ok).length,
      tablesAsImages: files.filter((f) => 'tablesAsImages' in f).length,
      ...(skipped.length ? { skipped: skipped.length } : {}),
    },
    metaCsv,
    files: skipped.length ? withSkipped(files, skipped) : files,
    joins: table.joins,
  };
}

/** Read files and skipped entries in one list, in code-point order of their paths, as the build lists them. */
function withSkipped(files: BuildOutcome[], skipped: readonly { file: string; reason: string }[]): BuildOutcome[] {
  const all: BuildOutcome[] = [...files, ...skipped.map((s): BuildOutcome => ({ file: s.file, outcome: 'skipped', reason: s.reason }))];
  return all.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
