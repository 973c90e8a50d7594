/** `build-report.json` from the parsed corpus: the outcome of every input file, in file order. */
import type { BuildOutcome, BuildReport } from '../../src/lib/data/types';
import type { ParsedFile } from './parseCorpus';

export function calcBuildReport(
  parsed: readonly ParsedFile[],
  inputsSha256: string,
  metaCsv: BuildReport['metaCsv'] = null,
): BuildReport {
  const files: BuildOutcome[] = parsed.map((p) => {
    if (!p.ok) return { file: p.file, outcome: 'error', reason: p.error };
    const failedChecks = p.report.checks.filter((c) => !c.ok).map((c) => c.rule);
    return failedChecks.length
      ? { file: p.file, outcome: 'failedChecks', id: p.report.id, failedChecks }
      : { file: p.file, outcome: 'parsed', id: p.report.id };
  });
  const count = (o: BuildOutcome['outcome']) => files.filter((f) => f.outcome === o).length;
  return {
    schemaVersion: 1,
    inputsSha256,
    counts: { files: files.length, parsed: count('parsed'), failedChecks: count('failedChecks'), errors: count('error') },
    metaCsv,
    files,
  };
}
