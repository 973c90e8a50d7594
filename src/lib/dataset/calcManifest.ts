/**
 * `manifest.json` from the build's tables: agencies, years, reports in order, catalogue, conflicts,
 * files; and `report-details.json`, what only the data-quality view needs of each report.
 */
import { DATASET_SCHEMA_VERSION, METRIC_GROUPS, type DatasetFile, type Manifest, type ManifestEntry, type MetricInfo, type ReportDetail } from '../data/types';
import type { AgencyTable } from './agencies/calcAgencies';
import { calcCrossYear } from './calcCrossYear';
import type { KeptReports } from './calcKeptReports';
import { METRIC_CATALOGUE, metricFile } from './metrics/metricCatalogue';
import { cellPaths } from '../report/schema';
import type { Template } from '../report/types';

const cellCounts = new Map<Template, number>();
const cellCount = (t: Template) => cellCounts.get(t) ?? cellCounts.set(t, cellPaths(t).length).get(t)!;

export function calcMetricInfos(kept: KeptReports['kept']): MetricInfo[] {
  // One pass over the reports for every metric's count (a reduce per metric was 50 s at 100,000 reports).
  const counts = new Array<number>(METRIC_CATALOGUE.length).fill(0);
  for (const k of kept) {
    const values = k.record.values;
    for (let i = 0; i < counts.length; i++) if (values[i] !== null) counts[i]++;
  }
  return METRIC_CATALOGUE.map((m, i) => ({ ...m, file: metricFile(m), count: counts[i] }));
}

export function calcDatasetFiles(): DatasetFile[] {
  return [
    { path: 'core.json', kind: 'core' },
    { path: 'agencies.json', kind: 'agencies' },
    { path: 'manifest.json', kind: 'manifest' },
    { path: 'report-details.json', kind: 'reportDetails' },
    { path: 'build-report.json', kind: 'buildReport' },
    { path: 'csv/figures.csv.gz', kind: 'csv' },
    { path: 'parquet/figures.parquet', kind: 'parquet' },
    { path: 'csv/dictionary.csv', kind: 'csv' },
    ...METRIC_GROUPS.flatMap((group): DatasetFile[] => [
      { path: `${group}/index.json`, kind: 'areaIndex', group },
      ...METRIC_CATALOGUE.filter((m) => m.group === group).map((m): DatasetFile => ({ path: metricFile(m), kind: 'metric', group })),
      { path: `csv/${group}.csv`, kind: 'csv', group },
    ]),
  ];
}

export function calcManifest(table: AgencyTable, reports: KeptReports, inputsSha256: string): Manifest {
  const entries = reports.kept.map((k): ManifestEntry => {
    const r = k.record;
    const e: ManifestEntry = { id: k.id, agency: k.agency, name: r.name, year: r.year, template: r.template, failedChecks: r.failedChecks };
    if (r.url) e.url = r.url;
    if (r.synthetic) e.synthetic = true;
    if (r.template === null || (r.blankCells > 0 && r.blankCells === cellCount(r.template))) e.noTables = true;
    if (k.conflict !== undefined) e.conflict = k.conflict;
    return e;
  });
  return {
    schemaVersion: DATASET_SCHEMA_VERSION,
    inputsSha256,
    agencies: table.agencies,
    years: [...new Set(entries.flatMap((e) => (e.year === null ? [] : [e.year])))].sort((a, b) => a - b),
    reports: entries,
    metrics: calcMetricInfos(reports.kept),
    conflicts: reports.conflicts,
    files: calcDatasetFiles(),
  };
}

/** Each kept report's `ReportDetail`, in manifest order. */
export function calcReportDetails(reports: KeptReports): ReportDetail[] {
  const crossYear = calcCrossYear(reports.kept);
  return reports.kept.map((k, i): ReportDetail => {
    const r = k.record;
    const d: ReportDetail = { file: r.file, warnings: r.warnings.length, blankCells: r.blankCells };
    if (r.tablesAsImages) d.tablesAsImages = true;
    if (k.duplicates.length) d.duplicates = k.duplicates;
    const cy = crossYear.get(i);
    if (cy) d.crossYear = cy;
    return d;
  });
}
