/**
 * Ranked bars across many agencies for one year: largest first, capped at `limit` bars plus any
 * highlighted (picked) agencies further down, so that 20,000 reports never become 20,000 DOM
 * nodes. Blank values are not ranked (they are counted in `blank`).
 */
import { createLinearScale } from '../common/linearScale';
import type { MetricRow } from '../../data/calcMetricRows';
import { calcLinearTicks } from '../common/calcLinearTicks';
import type { Tick, TickFormat } from '../common/types';

export interface RankedBar {
  row: MetricRow & { value: number };
  /** 1-based rank among all agencies with a value (ties share the rank). */
  rank: number;
  y: number;
  x0: number;
  x1: number;
  highlighted: boolean;
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
  format: TickFormat;
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
    if (i < options.limit || options.highlight.has(r.agency)) picked.push(i);
  });

  const min = Math.min(0, sorted[sorted.length - 1].value);
  const max = Math.max(0, sorted[0].value);
  const x = createLinearScale([min, max === min ? min + 1 : max], [margin.left, width - margin.right], 4);
  let y = margin.top;
  const bars = picked.map((i, k): RankedBar => {
    const afterGap = k > 0 && i !== picked[k - 1] + 1;
    if (afterGap) y += GAP;
    const row = sorted[i];
    const bar = { row, rank: ranks[i], y, x0: x(Math.min(0, row.value)), x1: x(Math.max(0, row.value)), highlighted: options.highlight.has(row.agency), afterGap };
    y += ROW;
    return bar;
  });
  return { ...base, height: y + margin.bottom, bars, xTicks: calcLinearTicks(x, Math.max(2, Math.floor((width - margin.left - margin.right) / 80)), options.format) };
}
