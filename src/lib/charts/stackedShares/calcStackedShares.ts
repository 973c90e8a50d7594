/**
 * 100%-stacked bars: one bar per agency, split into parts by share of the bar's total (e.g.
 * outcomes of requests, posts by channel). Blank parts are left out and counted; a bar whose
 * parts are all blank or zero has no shares and says why. When the report states the total
 * (七、总计 + 结转) and blank parts leave some of it unaccounted for, shares are of the stated
 * total and the unaccounted rest is its own segment: a blank never silently inflates the others.
 */
export interface StackInput {
  key: string;
  name: string;
  /** One value per category, in category order. */
  parts: (number | null)[];
  /** The total the report states for the whole bar, if any. */
  statedTotal?: number | null;
}

export interface StackSegment {
  category: number;
  value: number;
  share: number;
  x0: number;
  x1: number;
}

export interface StackBar {
  key: string;
  name: string;
  y: number;
  total: number;
  /** Categories whose value is blank. */
  blank: number;
  segments: StackSegment[];
  /** The part of the stated total that blank categories leave unaccounted for. */
  unknown: { value: number; share: number; x0: number; x1: number } | null;
  empty: 'allBlank' | 'zeroTotal' | null;
}

export type StackEmpty = 'noBars' | 'tooSmall';

export interface StackLayout {
  empty: StackEmpty | null;
  width: number;
  height: number;
  left: number;
  right: number;
  barHeight: number;
  bars: StackBar[];
}

const BAR = 26;
const STEP = 50;

export function calcStackedShares(rows: StackInput[], width: number): StackLayout {
  const left = 0;
  const right = width;
  const base: StackLayout = { empty: null, width, height: 0, left, right, barHeight: BAR, bars: [] };
  if (rows.length === 0) return { ...base, empty: 'noBars' };
  if (width < 80) return { ...base, empty: 'tooSmall' };
  const bars = rows.map((r, i): StackBar => {
    const y = i * STEP + 18;
    const known = r.parts.filter((v): v is number => v !== null);
    const blank = r.parts.length - known.length;
    const knownSum = known.reduce((s, v) => s + Math.max(0, v), 0);
    const stated = r.statedTotal ?? null;
    const total = blank > 0 && stated !== null && stated > knownSum ? stated : knownSum;
    const none = { key: r.key, name: r.name, y, total: 0, blank, segments: [], unknown: null };
    if (known.length === 0) return { ...none, empty: 'allBlank' };
    if (total === 0) return { ...none, empty: 'zeroTotal' };
    let x = left;
    const segments: StackSegment[] = [];
    r.parts.forEach((v, category) => {
      if (v === null || v <= 0) return;
      const share = v / total;
      const w = share * (right - left);
      segments.push({ category, value: v, share, x0: x, x1: x + w });
      x += w;
    });
    const rest = total - knownSum;
    const unknown = rest > 0 ? { value: rest, share: rest / total, x0: x, x1: right } : null;
    return { key: r.key, name: r.name, y, total, blank, segments, unknown, empty: null };
  });
  return { ...base, height: rows.length * STEP + 4, bars };
}
