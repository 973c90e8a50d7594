/**
 * The figures a chart draws, as CSV: one row per agency and year of the line chart or the small
 * multiples (a blank value stays an empty cell, never 0), one row per bar of the ranked chart
 * (top N plus picked agencies, with their rank; only the ranked chart has a rank column). Every
 * row names its report and the report's original URL (`source_url`, empty where the dataset has
 * none): the full list of sources the image's footer may only count. UTF-8 with a BOM so that
 * Excel reads Chinese, CRLF, and formula-safe: a text cell starting with = + - @ tab or CR gets a
 * leading ', while numbers (negative ones too) stay numbers. Line and multiples rows also give the
 * report's template, the change against the agency's previous report (empty where either is
 * blank), the index in index mode, and the template-change note on the first row from 2021 on.
 * Compare's rows give the agency and the year of its report in separate columns.
 */
import Papa from 'papaparse';
import { FORMULA_START } from '../dataset/csv/formatCsvRows';
import { calcRankedChart } from '../charts/rankedChart/calcRankedChart';
import { calcStackedShares } from '../charts/stackedShares/calcStackedShares';
import { stripIsolates } from '../i18n/displayName';
import type { ChartFigure } from './chartFigure';
import { TREND_STRINGS } from '../i18n/stringsTrends';
import { TEMPLATE_CHANGE_YEAR } from '../charts/trend/calcTemplateRule';

export type CsvCell = string | number | boolean | null;

export const FIGURE_CSV_COLUMNS = ['agency_id', 'agency', 'year', 'value', 'approximate', 'report_id', 'metric', 'unit', 'source_url'] as const;
/** The ranked chart's rows start with the bar's rank. */
export const RANKED_CSV_COLUMNS = ['rank', ...FIGURE_CSV_COLUMNS] as const;
/** Added to the line chart's and the small multiples' rows. */
export const TREND_CSV_COLUMNS = ['template', 'change_from_year', 'change', 'change_ratio', 'index', 'note'] as const;

/**
 * Compare: one row per agency and metric of the grouped bars; one per agency and category of the
 * stacked bars (shares 0–1, 4 decimals: 0 for a value of 0 in a bar whose total is known, empty
 * only for a blank value or a bar with nothing to share out).
 */
export const GROUPED_CSV_COLUMNS = ['metric', 'metric_label', 'agency', 'year', 'value', 'report_id', 'source_url'] as const;
export const STACKED_CSV_COLUMNS = ['agency', 'year', 'category', 'category_label', 'value', 'share', 'report_id', 'source_url'] as const;

/** Agency, year, report id and URL of each compared agency, in bar order. */
function comparedCells(figure: ChartFigure, url: (report: string | null) => string | null): { head: CsvCell[]; tail: CsvCell[] }[] {
  const names = figure.agencyNames ?? [];
  return names.map((label, i) => {
    const c = figure.compared?.[i];
    return c ? { head: [c.name, c.year], tail: [c.report, url(c.report)] } : { head: [label, null], tail: [null, null] };
  });
}

function compareRows(figure: ChartFigure, url: (report: string | null) => string | null): CsvCell[][] {
  const agencies = comparedCells(figure, url);
  const at = (i: number) => agencies[i] ?? { head: [null, null], tail: [null, null] };
  if (figure.chart === 'groupedBars') {
    return [[...GROUPED_CSV_COLUMNS], ...(figure.groups ?? []).flatMap((g) => g.values.map((v, i) => [g.key, g.label, ...at(i).head, v, ...at(i).tail]))];
  }
  const layout = calcStackedShares(figure.stacks ?? [], 1000);
  const cats = figure.categories ?? [];
  const share = (x: number) => Math.round(x * 10000) / 10000;
  return [
    [...STACKED_CSV_COLUMNS],
    ...(figure.stacks ?? []).flatMap((s, i) => {
      const bar = layout.bars[i];
      const { head, tail } = figure.compared ? at(i) : { head: [s.name, null], tail: [null, null] };
      const rows: CsvCell[][] = s.parts.map((v, c) => {
        const seg = bar?.segments.find((x) => x.category === c);
        // A 0 draws no segment, but its share of a known total is 0, not unknown.
        const part = seg ? share(seg.share) : v === 0 && bar && bar.total > 0 ? 0 : null;
        return [...head, cats[c]?.key ?? String(c), cats[c]?.label ?? '', v, part, ...tail];
      });
      if (bar?.unknown) rows.push([...head, 'blank', figure.unknownLabel ?? '', bar.unknown.value, share(bar.unknown.share), ...tail]);
      return rows;
    }),
  ];
}

/** Header row, then one row per drawn figure. */
export function calcFigureRows(figure: ChartFigure): CsvCell[][] {
  const urls = figure.reportUrls ?? new Map();
  const url = (report: string | null) => (report === null ? null : (urls.get(report) ?? null));
  if (figure.chart === 'groupedBars' || figure.chart === 'stackedShares') return compareRows(figure, url);
  const tail = [figure.metricKey, figure.reportedUnit ?? figure.unit];
  if (figure.chart === 'ranked') {
    const layout = calcRankedChart(figure.rankedRows, 1000, { limit: figure.limit, highlight: figure.highlight, onlyHighlighted: figure.onlyHighlighted, unit: figure.unit, lang: figure.lang });
    return [[...RANKED_CSV_COLUMNS], ...layout.bars.map((b) => [b.rank, b.row.agency, b.row.name, b.row.year, b.row.value, b.row.approximate, b.row.report, ...tail, url(b.row.report)])];
  }
  const years = new Set(figure.years);
  const crosses = figure.years.some((y) => y < TEMPLATE_CHANGE_YEAR) && figure.years.some((y) => y >= TEMPLATE_CHANGE_YEAR);
  const note = TREND_STRINGS[figure.lang].templateChange;
  const rows: CsvCell[][] = [[...FIGURE_CSV_COLUMNS, ...TREND_CSV_COLUMNS]];
  for (const s of figure.series) {
    const byYear = new Map(s.rows.filter((r) => years.has(r.year)).map((r) => [r.year, r] as const));
    let noted = false;
    for (const y of figure.years) {
      const r = byYear.get(y);
      if (!r) continue;
      const c = r.change ?? null;
      const first = crosses && !noted && y >= TEMPLATE_CHANGE_YEAR;
      if (first) noted = true;
      const reported = r.reported !== undefined ? r.reported : r.value;
      rows.push([r.agency, r.name, r.year, reported, r.approximate, r.report, ...tail, url(r.report), r.template, c?.fromYear ?? null, c?.delta ?? null, c?.ratio ?? null, r.indexBase !== undefined ? r.value : null, first ? note : null]);
    }
  }
  return rows;
}

export function calcFigureCsv(figure: ChartFigure): string {
  // Names are data here: the isolates that keep a label's year in place on screen are left out.
  const rows = calcFigureRows(figure).map((row) => row.map((cell) => (typeof cell === 'string' ? stripIsolates(cell) : cell)));
  return `\uFEFF${Papa.unparse(rows, { newline: '\r\n', escapeFormulae: FORMULA_START })}`;
}
