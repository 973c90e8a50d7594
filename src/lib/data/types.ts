/**
 * The generated files under `public/data/` that are not report JSON: written by `scripts/`,
 * read by the app. Key names are a contract between the two; bump `schemaVersion` on change.
 */
import type { CheckRule, Template } from '../report/types';

/** `public/data/manifest.json`: one line per parsed report, sorted by agency then year. */
export interface Manifest {
  schemaVersion: 1;
  /** `sha256:<hex>` over every input file's name and bytes: same inputs, same hash. */
  inputsSha256: string;
  reports: ManifestEntry[];
}

export interface ManifestEntry {
  /** Report id; the full report is at `reports/<id>.json` beside the manifest. */
  id: string;
  /** Source file, relative to the corpus folder. */
  file: string;
  agency: string;
  year: number | null;
  template: Template;
  /** Rules of the consistency checks that failed, in the report's order. */
  failedChecks: CheckRule[];
}

/** `public/data/build-report.json`: what became of every input file. */
export interface BuildReport {
  schemaVersion: 1;
  inputsSha256: string;
  counts: { files: number; parsed: number; failedChecks: number; errors: number };
  /** The corpus folder's `meta.csv` (overrides of agency, year, region per file), if it has one. */
  metaCsv: { errors: string[] } | null;
  files: BuildOutcome[];
}

export type BuildOutcome =
  | { file: string; outcome: 'parsed'; id: string }
  | { file: string; outcome: 'failedChecks'; id: string; failedChecks: CheckRule[] }
  | { file: string; outcome: 'error'; reason: string };
