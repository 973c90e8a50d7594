/**
 * The reports whose figures a chart draws, by id: the line chart's shown series (hidden ones
 * left out) and the small multiples' panels, each point with a value in the years shown; the
 * ranked chart's bars; Compare's agencies with a report. These are the reports an export cites.
 * With `blanks`, also the reports of the years shown whose value is blank: every report a CSV row names.
 */
import { calcRankedChart } from '../charts/rankedChart/calcRankedChart';
import type { ChartFigure } from './chartFigure';

export function calcDrawnReports(figure: ChartFigure, blanks = false): string[] {
  if (figure.compared) return figure.compared.flatMap((c) => (c.report === null ? [] : [c.report]));
  if (figure.chart === 'ranked') {
    const layout = calcRankedChart(figure.rankedRows, 1000, { limit: figure.limit, highlight: figure.highlight, onlyHighlighted: figure.onlyHighlighted, unit: figure.unit, lang: figure.lang });
    return layout.bars.map((b) => b.row.report);
  }
  const years = new Set(figure.years);
  const hidden = new Set(figure.chart === 'line' ? (figure.hidden ?? []) : []);
  return figure.series
    .filter((s) => !hidden.has(s.key))
    .flatMap((s) => s.rows.filter((r) => years.has(r.year) && (blanks || (r.reported !== undefined ? r.reported : r.value) !== null)).map((r) => r.report));
}
