/**
 * Line chart over years for a few agencies: a point scale of years on x, a linear scale from 0
 * on y, one line per agency broken where a value is blank (`null` is a gap, never 0), and a
 * point for every value so that a lone year still shows.
 */
import { placeYearLine } from './placeYearLine';
import { createLinearScale } from '../common/linearScale';
import { createPointScale } from '../common/pointScale';
import type { MetricRow } from '../../data/calcMetricRows';
import { calcLinearTicks } from '../common/calcLinearTicks';
import type { Size, Tick, TickFormat } from '../common/types';

export interface LineSeries {
  key: string;
  name: string;
  /** The agency's rows, any order; years outside `options.years` are ignored. */
  rows: MetricRow[];
}

export interface LinePoint {
  x: number;
  y: number;
  row: MetricRow & { value: number };
}

export interface PlacedLine {
  key: string;
  name: string;
  color: number;
  /** SVG path; empty when no two consecutive years have values. */
  d: string;
  points: LinePoint[];
}

export type LineEmpty = 'noSeries' | 'noYears' | 'noValues' | 'tooSmall';

export interface LineLayout {
  empty: LineEmpty | null;
  size: Size;
  margin: { top: number; right: number; bottom: number; left: number };
  xTicks: Tick[];
  yTicks: Tick[];
  lines: PlacedLine[];
  /** Largest value drawn. */
  max: number | null;
}

export interface LineOptions {
  /** Years on the x axis, ascending (the metric's years within the chosen range). */
  years: number[];
  format: TickFormat;
  /** Fewer ticks for small charts. */
  compact?: boolean;
}

export function calcLineChart(series: LineSeries[], size: Size, options: LineOptions): LineLayout {
  const compact = options.compact ?? false;
  const margin = compact ? { top: 8, right: 10, bottom: 22, left: 40 } : { top: 12, right: 16, bottom: 28, left: 56 };
  const base: LineLayout = { empty: null, size, margin, xTicks: [], yTicks: [], lines: [], max: null };
  if (series.length === 0) return { ...base, empty: 'noSeries' };
  if (options.years.length === 0) return { ...base, empty: 'noYears' };
  const inner = { width: size.width - margin.left - margin.right, height: size.height - margin.top - margin.bottom };
  if (inner.width < 40 || inner.height < 30) return { ...base, empty: 'tooSmall' };

  const yearSet = new Set(options.years);
  const valued = series.map((s) => s.rows.filter((r): r is LinePoint['row'] => r.value !== null && yearSet.has(r.year)));
  const max = Math.max(0, ...valued.flat().map((r) => r.value));
  const min = Math.min(0, ...valued.flat().map((r) => r.value));
  if (valued.every((v) => v.length === 0)) return { ...base, empty: 'noValues' };

  const x = createPointScale(options.years, [margin.left, margin.left + inner.width], options.years.length === 1 ? 0.5 : 0.1);
  const y = createLinearScale([min, max === min ? min + 1 : max], [margin.top + inner.height, margin.top], compact ? 3 : 5);

  const everyNth = Math.max(1, Math.ceil(options.years.length / Math.max(1, Math.floor(inner.width / (compact ? 44 : 52)))));
  const xTicks = options.years.filter((_, i) => i % everyNth === 0).map((yr) => ({ pos: x(yr)!, label: String(yr) }));
  const yTicks = calcLinearTicks(y, compact ? 3 : Math.max(2, Math.floor(inner.height / 50)), options.format);

  const lines = series.map((s, i): PlacedLine => ({ key: s.key, name: s.name, color: i, ...placeYearLine(valued[i], options.years, x, y) }));
  return { ...base, xTicks, yTicks, lines, max };
}
