/**
 * Which catalogue metrics get a row in the long table (`csv/figures.csv.gz`, `parquet/figures.parquet`)
 * for one report: every table cell of the report's own template, blank ones included (so a blank
 * is a row with an empty value, never a missing row), and every other metric the report has a
 * value for (channels, narrative figures, derived rates). No rows for the other template's cells.
 */
import type { KeptReport } from '../calcKeptReports';
import type { ReportRecord } from '../reportRecord';
import { METRIC_CATALOGUE } from '../metrics/metricCatalogue';

const IS_TABLE_CELL = METRIC_CATALOGUE.map((m) => /^(active|applications|review|litigationDirect|litigationAfterReview)\./.test(m.key));

const TEMPLATE_CELL = new Map(
  (['2019', '2021'] as const).map((t) => [t, METRIC_CATALOGUE.map((m, i) => IS_TABLE_CELL[i] && m.templates.includes(t))]),
);

/** What the long table reads of a kept report (a build's download worker gets only this). */
export interface FigureReport {
  id: KeptReport['id'];
  agency: KeptReport['agency'];
  record: Pick<ReportRecord, 'year' | 'template' | 'failedChecks' | 'values'> & { notes: Pick<ReportRecord['notes'][number], 'index' | 'approximate'>[] };
}

export function calcFigureIndexes(r: Pick<ReportRecord, 'template' | 'values'>): number[] {
  // A report without tables (template null) has no blank cells of a template to list.
  const cells = r.template ? TEMPLATE_CELL.get(r.template)! : null;
  const out: number[] = [];
  for (let i = 0; i < METRIC_CATALOGUE.length; i++) if (r.values[i] !== null || cells?.[i]) out.push(i);
  return out;
}
