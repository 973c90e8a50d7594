/**
 * Numbers as a reader sees them: thousands separators, shares as percentages, money with its
 * unit; `null` never becomes 0.
 */
import type { MetricUnit } from '../data/types';
import type { Lang } from '../view/parseView';

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });

export function formatValue(value: number | null, unit: MetricUnit, lang: Lang): string {
  if (value === null) return lang === 'zh' ? '空白' : 'blank';
  if (unit === 'share') return percent.format(value);
  const n = integer.format(value);
  if (unit === 'yuan') return lang === 'zh' ? `${n} 元` : `¥${n}`;
  if (unit === 'wanYuan') return lang === 'zh' ? `${n} 万元` : `¥${n}×10k`;
  return n;
}

/** Short axis ticks: 12k, 1.2M / 1.2万, 120万. */
export function formatTick(value: number, unit: MetricUnit, lang: Lang): string {
  if (unit === 'share') return percent.format(value);
  const abs = Math.abs(value);
  if (lang === 'zh') {
    if (abs >= 1e8) return `${+(value / 1e8).toFixed(1)}亿`;
    if (abs >= 1e4) return `${+(value / 1e4).toFixed(1)}万`;
    return integer.format(value);
  }
  if (abs >= 1e6) return `${+(value / 1e6).toFixed(1)}M`;
  if (abs >= 1e3) return `${+(value / 1e3).toFixed(1)}k`;
  return integer.format(value);
}
