/**
 * The value axis of a chart: d3's linear scale with "nice" bounds from 0, or a log scale for
 * values that span decades (symlog when a value is 0 or negative, which a log cannot place).
 * Counts get whole-number ticks only: no 0.2 件 when every value is 0.
 */
import { scaleLinear, scaleLog, scaleSymlog } from 'd3-scale';
import type { MetricUnit } from '../../data/types';

export type ScaleType = 'linear' | 'log';

export interface ValueScale {
  (value: number): number;
  /** Tick values, ascending. */
  ticks: number[];
  domain: [number, number];
}

export interface ValueScaleOptions {
  type?: ScaleType;
  unit: MetricUnit;
  /** About this many ticks on a linear axis. */
  ticks: number;
}

const isCount = (unit: MetricUnit) => unit === 'count' || unit === 'items';

/** 1, 10, 100 … (and 2, 5 between them when the axis spans at most two decades) within [lo, hi]. */
function decadeTicks(lo: number, hi: number): number[] {
  if (!(hi > 0)) return [];
  const from = Math.floor(Math.log10(Math.max(lo, Number.MIN_VALUE)));
  const to = Math.ceil(Math.log10(hi));
  const mantissas = to - from <= 2 ? [1, 2, 5] : [1];
  const out: number[] = [];
  for (let e = from; e <= to; e++) for (const m of mantissas) {
    const v = Number((m * 10 ** e).toPrecision(12));
    if (v >= lo && v <= hi) out.push(v);
  }
  return out;
}

export function calcValueScale(values: readonly number[], range: [number, number], options: ValueScaleOptions): ValueScale {
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const count = isCount(options.unit);
  if (options.type === 'log' && max > 0) {
    const positive = values.filter((v) => v > 0);
    if (min >= 0 && values.every((v) => v > 0)) {
      const least = Math.min(...positive);
      // One decade below the least value, so that its bar has a length.
      const lo = 10 ** (Math.ceil(Math.log10(least)) - 1);
      const hi = 10 ** Math.ceil(Math.log10(max));
      const s = scaleLog().domain([lo, hi === lo ? lo * 10 : hi]).range(range);
      return Object.assign((v: number) => s(v), { ticks: decadeTicks(lo, s.domain()[1]), domain: s.domain() as [number, number] });
    }
    // Zeros (or negatives) present: symlog places 0, and is logarithmic away from it.
    const hi = 10 ** Math.ceil(Math.log10(max));
    const lo = min < 0 ? -(10 ** Math.ceil(Math.log10(-min))) : 0;
    const constant = count ? 1 : Math.min(1, ...positive.map((v) => v));
    const s = scaleSymlog().constant(constant).domain([lo, hi]).range(range);
    const up = decadeTicks(count ? 1 : constant, hi);
    const down = lo < 0 ? decadeTicks(count ? 1 : constant, -lo).map((v) => -v).reverse() : [];
    return Object.assign((v: number) => s(v), { ticks: [...down, 0, ...up], domain: [lo, hi] as [number, number] });
  }
  const s = scaleLinear().domain([min, max === min ? min + 1 : max]).range(range).nice(options.ticks);
  let ticks = s.ticks(options.ticks);
  if (count) ticks = ticks.filter((v) => Number.isInteger(v));
  return Object.assign((v: number) => s(v), { ticks, domain: s.domain() as [number, number] });
}
