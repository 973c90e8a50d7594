/**
 * Rows of `csv/figures.csv` for one report: every cell of its template's tables (blank ones
 * with an empty value) and every other metric the report has a value for.
 */
import { FIGURES_CSV_COLUMNS, type AgencyEntry } from '../../../src/lib/data/types';
import type { KeptReport } from '../calcKeptReports';
import { METRIC_CATALOGUE } from '../metrics/metricCatalogue';
import type { CsvCell } from './formatCsvRows';

export const FIGURES_HEADER: CsvCell[] = [...FIGURES_CSV_COLUMNS];

const IS_TABLE_CELL = METRIC_CATALOGUE.map((m) => /^(active|applications|review|litigationDirect|litigationAfterReview)\./.test(m.key));
const APPLICANT_COLUMN = METRIC_CATALOGUE.map((m) => (m.key.startsWith('applications.') ? (m.column ?? '') : ''));

export function calcFigureRows(k: KeptReport, agency: AgencyEntry): CsvCell[][] {
  const r = k.record;
  const failed = r.failedChecks.join(';');
  const head: CsvCell[] = [k.id, agency.id, agency.name, agency.region.province, agency.region.city, agency.region.county, r.year, r.template];
  const approximate = new Map(r.notes.map((n) => [n.index, n.approximate]));
  const rows: CsvCell[][] = [];
  METRIC_CATALOGUE.forEach((m, i) => {
    const value = r.values[i];
    if (value === null && !(IS_TABLE_CELL[i] && m.templates.includes(r.template))) return;
    rows.push([...head, m.key, m.label.zh, APPLICANT_COLUMN[i], value, approximate.get(i) ? 'true' : '', failed]);
  });
  return rows;
}
