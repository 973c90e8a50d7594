/**
 * What became of the user's own files in an import, from the build report: the summary counts
 * only those files (never the site's bundled ones joined with them), and a file whose report is
 * the same as one the site already has says so. Every own file has exactly one outcome, so
 * `files` is the sum of the other counts and `shown` is what the banner says is shown.
 */
import type { BuildOutcome } from '../data/types';

export type OwnOutcome = 'added' | 'failedChecks' | 'sameAsSite' | 'duplicate' | 'conflict' | 'error';

export interface OwnSummary {
  files: number;
  added: number;
  failedChecks: number;
  sameAsSite: number;
  duplicates: number;
  conflicts: number;
  errors: number;
  /** The user's reports kept in the dataset (added + failedChecks + conflicts). */
  shown: number;
  byFile: Record<string, OwnOutcome>;
}

/**
 * `files`: the build report's outcomes in input order; `own[i]`: whether input i is the user's
 * (a user's file may have the same name as a bundled one, so names cannot tell); `ownIds`: the
 * ids of the user's reports kept in the dataset.
 */
export function calcOwnSummary(files: readonly BuildOutcome[], own: readonly boolean[], ownIds: readonly string[]): OwnSummary {
  const ownReports = new Set(ownIds);
  const byFile: Record<string, OwnOutcome> = {};
  const s: OwnSummary = { files: 0, added: 0, failedChecks: 0, sameAsSite: 0, duplicates: 0, conflicts: 0, errors: 0, shown: 0, byFile };
  for (const [i, f] of files.entries()) {
    if (!own[i]) continue;
    s.files++;
    const outcome: OwnOutcome =
      f.outcome === 'parsed' ? 'added' : f.outcome === 'duplicate' ? (ownReports.has(f.of) ? 'duplicate' : 'sameAsSite') : f.outcome === 'conflict' ? 'conflict' : f.outcome === 'skipped' ? 'error' : f.outcome;
    byFile[f.file] = outcome;
    if (outcome === 'added') s.added++;
    else if (outcome === 'failedChecks') s.failedChecks++;
    else if (outcome === 'sameAsSite') s.sameAsSite++;
    else if (outcome === 'duplicate') s.duplicates++;
    else if (outcome === 'conflict') s.conflicts++;
    else s.errors++;
  }
  s.shown = s.added + s.failedChecks + s.conflicts;
  return s;
}
