/**
 * One series' valued rows on a year axis → its points and its line path (d3-shape's `line`,
 * broken by `defined` for every year without a value: a blank is never drawn as 0). Shared by
 * the line chart and the small multiples, which place the same line in different frames.
 */
import { line } from 'd3-shape';
import type { LinePoint } from './calcLineChart';

type Row = LinePoint['row'];

export function placeYearLine(
  rows: Row[],
  years: number[],
  x: (year: number) => number | undefined,
  y: (value: number) => number,
): { d: string; points: LinePoint[] } {
  const byYear = new Map<number, Row>();
  for (const r of rows) if (!byYear.has(r.year)) byYear.set(r.year, r);
  const points = years.flatMap((yr) => {
    const r = byYear.get(yr);
    return r ? [{ x: x(yr)!, y: y(r.value), row: r }] : [];
  });
  const path = line<number>()
    .defined((yr) => byYear.has(yr))
    .x((yr) => x(yr)!)
    .y((yr) => y(byYear.get(yr)!.value))
    .digits(3);
  return { d: path(years) ?? '', points };
}
