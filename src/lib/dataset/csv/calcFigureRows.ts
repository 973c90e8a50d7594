/**
 * Text of `csv/figures.csv.gz` (before gzip) for one report: the rows `calcFigureIndexes` picks
 * (every cell of its template's tables, blank ones with an empty value, and every other metric
 * the report has a value for). Rows are put
 * together from fragments each escaped once by `formatCsvRows` (the report's columns once per
 * report, a metric's columns once per build): 4 million rows at 20,000 reports.
 */
import { FIGURES_CSV_COLUMNS, type AgencyEntry } from '../../data/types';
import { METRIC_CATALOGUE } from '../metrics/metricCatalogue';
import { calcFigureIndexes, type FigureReport } from './calcFigureIndexes';
import { formatCsvRows, type CsvCell } from './formatCsvRows';

export const FIGURES_HEADER: CsvCell[] = [...FIGURES_CSV_COLUMNS];

/** One CSV line of cells, without its line end. */
const fragment = (cells: CsvCell[]) => formatCsvRows([cells]).slice(0, -2);

const METRIC_PART = METRIC_CATALOGUE.map((m) => fragment([m.key, m.label.zh, m.key.startsWith('applications.') ? (m.column ?? '') : '']));

/** The CSV rows of one figure each, with CRLF line ends; null is an empty cell. */
export function calcFigureRows(k: FigureReport, agency: AgencyEntry): string {
  const r = k.record;
  const head = fragment([k.id, agency.id, agency.name, agency.region.province, agency.region.city, agency.region.county, r.year, r.template]);
  const failed = fragment([r.failedChecks.join(';')]);
  const approximate = new Map(r.notes.map((n) => [n.index, n.approximate]));
  let text = '';
  for (const i of calcFigureIndexes(r)) {
    text += `${head},${METRIC_PART[i]},${r.values[i] ?? ''},${approximate.get(i) ? 'true' : ''},${failed}\r\n`;
  }
  return text;
}
