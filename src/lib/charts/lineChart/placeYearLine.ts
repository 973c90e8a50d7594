/**
 * One series' valued rows on a year axis → its points and its line path, with a gap for every
 * year without a value (a blank is never drawn as 0). Shared by the line chart and the small
 * multiples, which place the same line in different frames.
 */
import { calcLinePath } from '../common/calcLinePath';
import type { LinePoint } from './calcLineChart';

export function placeYearLine(
  rows: LinePoint['row'][],
  years: number[],
  x: (year: number) => number | undefined,
  y: (value: number) => number,
): { d: string; points: LinePoint[] } {
  const byYear = new Map<number, LinePoint['row']>();
  for (const r of rows) if (!byYear.has(r.year)) byYear.set(r.year, r);
  const points = years.flatMap((yr) => {
    const r = byYear.get(yr);
    return r ? [{ x: x(yr)!, y: y(r.value), row: r }] : [];
  });
  const d = calcLinePath(years.map((yr) => (byYear.has(yr) ? { x: x(yr)!, y: y(byYear.get(yr)!.value) } : null)));
  return { d, points };
}
