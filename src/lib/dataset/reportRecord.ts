/**
 * What the build keeps of a parsed report once its full JSON is staged on disk: identity,
 * checks summary and the value of every catalogue metric. Small enough to hold 20,000 in
 * memory and cheap to pass from a parse worker.
 */
import type { AgencyLevel, CheckRule, Region, Template } from '../report/types';
import type { ChannelNote } from './metrics/calcMetricValues';

export interface ReportRecord {
  /** Position of the file in the corpus listing; names the staged JSON. */
  index: number;
  file: string;
  /** The original report's address (`source.url`), or null. */
  url: string | null;
  /** SHA-256 of the file's bytes (hex): orders copies by content, so ids do not depend on file names. */
  sha256: string;
  id: string;
  name: string;
  aliases: string[];
  region: Region;
  regionFrom: 'meta' | 'report' | 'gazetteer' | null;
  level: AgencyLevel;
  year: number | null;
  /** null: the report has no tables. */
  template: Template | null;
  failedChecks: CheckRule[];
  /** Reading warnings (table not found, extra numbers, …), as the parser words them. */
  warnings: string[];
  blankCells: number;
  synthetic: boolean;
  /** The page showed its tables as images: cells left blank, nothing to read. */
  tablesAsImages: boolean;
  /** One value per catalogue metric (METRIC_CATALOGUE order). */
  values: (number | null)[];
  notes: ChannelNote[];
}

/** A corpus file after the parse stage. */
export type ParsedFile = {
  file: string;
  /** What the inputs hash sees of the file: `sha256:<hex>` of its bytes, or `size:<n>` if not read. */
  digest: string;
} & ({ ok: true; record: ReportRecord } | { ok: false; error: string });

/** Content order of records: by the bytes' hash, then (identical bytes) by file order. Renaming files does not change it. */
export function compareByContent(a: ReportRecord, b: ReportRecord): number {
  return a.sha256 < b.sha256 ? -1 : a.sha256 > b.sha256 ? 1 : a.index - b.index;
}
