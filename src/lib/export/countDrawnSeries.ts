/**
 * How many series an exported line chart or small multiples actually draws, for the subtitle
 * ("2 agencies"): the series not hidden that have a value in the years shown — the same ones
 * its key lists, so the subtitle never counts an agency the picture leaves out.
 */
import type { LineSeries } from '../charts/lineChart/calcLineChart';

export function countDrawnSeries(series: readonly LineSeries[], years: readonly number[], hidden: readonly string[]): number {
  const shown = new Set(years);
  return series.filter((s) => !hidden.includes(s.key) && s.rows.some((r) => r.value !== null && shown.has(r.year))).length;
}
