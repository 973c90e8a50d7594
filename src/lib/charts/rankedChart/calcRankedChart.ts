/**
 * Ranked bars across many agencies for one year: largest first, capped at `limit` bars plus any
 * highlighted (picked) agencies further down, so that 20,000 reports never become 20,000 DOM
 * nodes. Blank values are not ranked (they are counted in `blank`).
 */
import type { MetricRow } from '../../data/calcMetricRows';
import type { MetricUnit } from '../../data/types';
import type { Lang } from '../../view/parseView';
import { calcAxisFormat } from '../common/calcAxisFormat';
import { calcSeriesColors } from '../common/calcSeriesColors';
import { calcValueScale, type ScaleType } from '../common/calcValueScale';
import type { Tick } from '../common/types';

export interface RankedBar {
  row: MetricRow & { value: number };
  /** 1-based rank among all agencies with a value (ties share the rank). */
  rank: number;
  y: number;
  x0: number;
  x1: number;
  highlighted: boolean;
  /** Palette slot of a picked agency's bar when only picked agencies are drawn (colours follow the agency); else null. */
  color: number | null;
  /** A gap (…) sits above this bar: it is a picked agency below the cap. */
  afterGap: boolean;
}

export type RankedEmpty = 'noValues' | 'tooSmall';

export interface RankedLayout {
  empty: RankedEmpty | null;
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  barHeight: number;
  bars: RankedBar[];
  xTicks: Tick[];
  /** Agencies with a value, all of them (not only those drawn). */
  total: number;
  /** Rows whose value is blank. */
  blank: number;
}

export interface RankedOptions {
  limit: number;
  highlight: ReadonlySet<string>;
  /** Draw only the highlighted (picked) agencies, with their rank among all: never an agency nobody picked. */
  onlyHighlighted?: boolean;
  unit: MetricUnit;
  lang: Lang;
  scale?: ScaleType;
  /** Room for agency names on the left. */
  labelWidth?: number;
}

const ROW = 24;
const GAP = 14;

export function calcRankedChart(rows: MetricRow[], width: number, options: RankedOptions): RankedLayout {
  const labelWidth = options.labelWidth ?? Math.min(200, Math.max(110, width * 0.32));
  const margin = { top: 22, right: 64, bottom: 4, left: labelWidth };
  const valued = rows.filter((r): r is RankedBar['row'] => r.value !== null);
  const base: RankedLayout = { empty: null, width, height: 0, margin, barHeight: ROW - 6, bars: [], xTicks: [], total: valued.length, blank: rows.length - valued.length };
  if (valued.length === 0) return { ...base, empty: 'noValues' };
  if (width - margin.left - margin.right < 40) return { ...base, empty: 'tooSmall' };

  const sorted = [...valued].sort((a, b) => b.value - a.value || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const ranks: number[] = [];
  sorted.forEach((r, i) => ranks.push(i > 0 && r.value === sorted[i - 1].value ? ranks[i - 1] : i + 1));

  const picked: number[] = [];
  sorted.forEach((r, i) => {
    if (options.onlyHighlighted ? options.highlight.has(r.agency) : i < options.limit || options.highlight.has(r.agency)) picked.push(i);
  });
  if (picked.length === 0) return { ...base, empty: 'noValues' };

  const tickCount = Math.max(2, Math.floor((width - margin.left - margin.right) / 80));
  const x = calcValueScale(picked.map((i) => sorted[i].value), [margin.left, width - margin.right], { type: options.scale, unit: options.unit, ticks: tickCount });
  const format = calcAxisFormat(x.ticks, options.unit, options.lang, options.scale === 'log');
  // Bars grow from 0, or from the axis start on a log scale (which has no 0).
  const origin = Math.max(0, x.domain[0]);
  const keys = [...options.highlight];
  const slots = options.onlyHighlighted ? new Map(calcSeriesColors(keys).map((c, i) => [keys[i], c])) : null;
  let y = margin.top;
  const bars = picked.map((i, k): RankedBar => {
    const afterGap = !options.onlyHighlighted && k > 0 && i !== picked[k - 1] + 1;
    if (afterGap) y += GAP;
    const row = sorted[i];
    const bar = { row, rank: ranks[i], y, x0: x(Math.min(origin, row.value)), x1: x(Math.max(origin, row.value)), highlighted: options.highlight.has(row.agency), color: slots?.get(row.agency) ?? null, afterGap };
    y += ROW;
    return bar;
  });
  return { ...base, height: y + margin.bottom, bars, xTicks: x.ticks.map((v) => ({ pos: x(v), label: format(v) })) };
}
