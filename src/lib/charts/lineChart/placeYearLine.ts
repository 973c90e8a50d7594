/**
 * One series' rows on a year axis → its points, its line path (d3-shape's `line`, broken by
 * `defined` for every year without a value: a blank is never drawn as 0), and a dashed `bridge`
 * path. A blank value (the report has the cell, but it is empty) is a gap, never bridged. A year
 * with nothing to read — no report at all, or a report without tables — is bridged by a dashed
 * segment between its neighbours, so a series with one missing report still reads as one line
 * while showing that a year is missing. `breakBefore` (a year) breaks the line there, bridge
 * included: a series not comparable across the 2021 template change stops at it. Shared by the
 * line chart and the small multiples, which place the same line in different frames.
 */
import { line } from 'd3-shape';
import type { MetricRow } from '../../data/calcMetricRows';
import type { LinePoint } from './calcLineChart';

type Row = LinePoint['row'];
const round = (n: number) => Math.round(n * 1000) / 1000;

export function placeYearLine(
  rows: readonly MetricRow[],
  years: number[],
  x: (year: number) => number | undefined,
  y: (value: number) => number,
  breakBefore?: number,
): { d: string; bridge: string; points: LinePoint[] } {
  const byYear = new Map<number, MetricRow>();
  for (const r of rows) if (!byYear.has(r.year)) byYear.set(r.year, r);
  const valued = (yr: number): Row | null => {
    const r = byYear.get(yr);
    return r && r.value !== null ? (r as Row) : null;
  };
  const points = years.flatMap((yr) => {
    const r = valued(yr);
    return r ? [{ x: x(yr)!, y: y(r.value), row: r }] : [];
  });
  const crosses = (a: number, b: number) => breakBefore !== undefined && a < breakBefore && b >= breakBefore;
  // The template change is a gap of its own: a year slot that is never defined.
  const slots: (number | null)[] = years.flatMap((yr, i) => (i > 0 && crosses(years[i - 1], yr) ? [null, yr] : [yr]));
  const path = line<number | null>()
    .defined((yr) => yr !== null && valued(yr) !== null)
    .x((yr) => x(yr!)!)
    .y((yr) => y(valued(yr!)!.value))
    .digits(3);
  let bridge = '';
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    const between = years.filter((yr) => yr > a.row.year && yr < b.row.year);
    const nothingToRead = between.every((yr) => {
      const r = byYear.get(yr);
      return !r || r.noTables === true;
    });
    if (between.length && nothingToRead && !crosses(a.row.year, b.row.year)) bridge += `M${round(a.x)},${round(a.y)}L${round(b.x)},${round(b.y)}`;
  }
  return { d: path(slots) ?? '', bridge, points };
}
