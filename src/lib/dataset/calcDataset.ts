/**
 * The aggregate stages of the dataset build, after parsing: records → agencies → duplicates and
 * conflicts → manifest → build report. The build script and the app's import run this one
 * function; what they do with the result (write files, store in IndexedDB) is their own I/O.
 */
import type { BuildReport, Manifest, ReportDetail } from '../data/types';
import { calcAgencies, type AgencyTable } from './agencies/calcAgencies';
import { calcBuildReport } from './calcBuildReport';
import { calcInputsSha256 } from './calcInputsSha256';
import { calcKeptReports, type KeptReports } from './calcKeptReports';
import { calcManifest, calcReportDetails } from './calcManifest';
import type { ParsedFile, ReportRecord } from './reportRecord';
import type { Sha256Hex } from './sha256';

export interface Dataset {
  manifest: Manifest;
  /** `report-details.json`: one per `manifest.reports` entry. */
  details: ReportDetail[];
  buildReport: BuildReport;
  table: AgencyTable;
  reports: KeptReports;
}

export interface DatasetInputs {
  /** Every input file in file order; `record.index` is the position in this list. */
  parsed: readonly ParsedFile[];
  /** Digests of other inputs (meta.csv) for the inputs hash. */
  extraDigests?: readonly { file: string; digest: string }[];
  metaCsv?: BuildReport['metaCsv'];
  /** Entries of the corpus folder that are no report input, with why (listed, not read). */
  skipped?: readonly { file: string; reason: string }[];
}

export async function calcDataset(inputs: DatasetInputs, sha256: Sha256Hex): Promise<Dataset> {
  const { parsed } = inputs;
  const inputsSha256 = await calcInputsSha256([...parsed, ...(inputs.extraDigests ?? [])], sha256);
  const records: ReportRecord[] = parsed.flatMap((p) => (p.ok ? [p.record] : []));
  const table = calcAgencies(records);
  const reports = calcKeptReports(records, table);
  const manifest = calcManifest(table, reports, inputsSha256);
  const details = calcReportDetails(reports);
  const buildReport = calcBuildReport(parsed, reports, table, manifest, details, inputs.metaCsv ?? null, inputs.skipped);
  return { manifest, details, buildReport, table, reports };
}
