/**
 * The user's parsed files (plus, in join mode, the bundled dataset's reports) → the dataset
 * texts to store and serve, built by the same stages as `build:data`: files in code-point
 * order, `record.index` their position, then `calcDataset`, metric files and reports/<id>.json.
 * Downloads (CSVs, Parquet) are left to the datasets bundle: the long table is ~200 rows a report.
 */
import { calcDataset, type Dataset } from '../dataset/calcDataset';
import { calcMetricTexts, type DatasetText } from '../dataset/calcMetricTexts';
import { compareCodePoints } from '../dataset/corpusEntry';
import { calcManifestTexts } from '../dataset/calcManifestTexts';
import { formatJson } from '../dataset/formatJson';
import type { ParsedFile } from '../dataset/reportRecord';
import type { Sha256Hex } from '../dataset/sha256';
import type { Report } from '../report/types';
import { calcOwnSummary, type OwnSummary } from './calcOwnSummary';
import type { ImportMode, ImportState, StoredInput } from './importStore';

export interface ImportedDataset {
  dataset: Dataset;
  /** manifest.json, report-details.json, build-report.json, metric files, reports/<id>.json. */
  texts: DatasetText[];
  state: ImportState;
  /** Report objects by record index (for the bundle's CSVs). */
  reports: Map<number, Report>;
  /** What became of the user's own files. */
  own: OwnSummary;
}

interface Input extends StoredInput {
  own: boolean;
}

export async function calcImportedDataset(own: readonly StoredInput[], bundled: readonly StoredInput[], mode: ImportMode, sha256: Sha256Hex): Promise<ImportedDataset> {
  const inputs: Input[] = [...bundled.map((b) => ({ ...b, own: false })), ...own.map((o) => ({ ...o, own: true }))];
  // The site's reports come first, so that a dropped copy of one (under any file name) is the
  // duplicate and the site's report keeps its id and links.
  inputs.sort((a, b) => Number(a.own) - Number(b.own) || compareCodePoints(a.file, b.file));
  const parsed: ParsedFile[] = inputs.map((input, index) => (input.parsed.ok ? { ...input.parsed, record: { ...input.parsed.record, index } } : input.parsed));
  const dataset = await calcDataset({ parsed }, sha256);
  const reports = new Map<number, Report>();
  inputs.forEach((input, i) => input.report && reports.set(i, input.report));

  const texts: DatasetText[] = [
    ...calcManifestTexts(dataset.manifest, dataset.details),
    { path: 'build-report.json', text: formatJson(dataset.buildReport) },
    ...calcMetricTexts(dataset.manifest, dataset.reports.kept),
  ];
  for (const k of dataset.reports.kept) {
    const report = reports.get(k.record.index)!;
    texts.push({ path: `reports/${k.id}.json`, text: formatJson(k.id === report.id ? report : { ...report, id: k.id }) });
  }
  const ownIndex = new Set(inputs.flatMap((input, i) => (input.own ? [i] : [])));
  const state: ImportState = {
    mode,
    ownReports: dataset.reports.kept.filter((k) => ownIndex.has(k.record.index)).map((k) => k.id),
    ownFiles: inputs.filter((input) => input.own).map((input) => input.file),
    bundledReports: dataset.reports.kept.filter((k) => !ownIndex.has(k.record.index)).length,
  };
  const ownSummary = calcOwnSummary(dataset.buildReport.files, inputs.map((input) => input.own), state.ownReports);
  return { dataset, texts, state, reports, own: ownSummary };
}
