/** A change as a reader writes it: `+12（+8%）` / `+12 (+8%)`; shares in percentage points. */
import type { MetricUnit } from '../../data/types';
import type { Lang } from '../../view/parseView';
import type { YearChange } from './calcYearChange';

const num = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
const pct = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' });
const pts = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

export function formatChange(change: YearChange, unit: MetricUnit, lang: Lang): string {
  if (unit === 'share') return `${pts.format(change.delta * 100)}${lang === 'zh' ? ' 个百分点' : ' pts'}`;
  const delta = num.format(change.delta);
  if (change.ratio === null) return delta;
  return lang === 'zh' ? `${delta}（${pct.format(change.ratio)}）` : `${delta} (${pct.format(change.ratio)})`;
}
