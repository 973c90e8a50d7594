/**
 * Grouped bars for Compare: one group per metric, one bar per agency inside it. Metrics have
 * different magnitudes, so each group has its own scale (its largest value spans the width);
 * a blank value gets no bar and is labelled as blank, never drawn as 0.
 */
export interface BarGroupInput {
  key: string;
  label: string;
  /** One value per agency, in agency order. */
  values: (number | null)[];
}

export interface GroupedBar {
  agency: number;
  value: number | null;
  y: number;
  x0: number;
  x1: number;
}

export interface BarGroup {
  key: string;
  label: string;
  /** Top of the group's heading. */
  top: number;
  bars: GroupedBar[];
}

export type GroupedEmpty = 'noAgencies' | 'noValues' | 'tooSmall';

export interface GroupedLayout {
  empty: GroupedEmpty | null;
  width: number;
  height: number;
  left: number;
  right: number;
  barHeight: number;
  groups: BarGroup[];
}

const HEAD = 22;
const BAR = 16;
const GAP = 3;
const AFTER = 14;

export function calcGroupedBars(groups: BarGroupInput[], agencies: number, width: number): GroupedLayout {
  const left = 4;
  const right = width - 80;
  const base: GroupedLayout = { empty: null, width, height: 0, left, right, barHeight: BAR, groups: [] };
  if (agencies === 0) return { ...base, empty: 'noAgencies' };
  if (right - left < 60) return { ...base, empty: 'tooSmall' };
  if (groups.every((g) => g.values.every((v) => v === null))) return { ...base, empty: 'noValues' };
  let top = 0;
  const placed = groups.map((g): BarGroup => {
    const max = Math.max(0, ...g.values.map((v) => Math.abs(v ?? 0)));
    const scale = (v: number) => left + (max === 0 ? 0 : (Math.abs(v) / max) * (right - left));
    const groupTop = top;
    const bars = g.values.map((value, i): GroupedBar => ({ agency: i, value, y: groupTop + HEAD + i * (BAR + GAP), x0: left, x1: value === null ? left : scale(value) }));
    top += HEAD + agencies * (BAR + GAP) + AFTER;
    return { key: g.key, label: g.label, top: groupTop, bars };
  });
  return { ...base, height: top, groups: placed };
}
