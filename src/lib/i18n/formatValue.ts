/**
 * Numbers as a reader sees them, exact (d3-format, up to 6 decimals, trailing zeros trimmed):
 * thousands separators, shares as percentages, money with its unit — 万元 in Chinese, yuan in
 * English (¥9,724,015, never "¥972.4×10k"); `null` never becomes 0. `unitLabel` names the unit
 * for axes and tables.
 */
import { format } from 'd3-format';
import type { MetricUnit } from '../data/types';
import type { Lang } from '../view/parseView';

const exact = format(',.6~f');
const money = format(',.2~f');
const percent = format('.2~%');

export function formatValue(value: number | null, unit: MetricUnit, lang: Lang): string {
  if (value === null) return lang === 'zh' ? '空白' : 'blank';
  if (unit === 'share') return percent(value);
  if (unit === 'yuan') return lang === 'zh' ? `${exact(value)} 元` : `¥${money(value)}`;
  if (unit === 'wanYuan') return lang === 'zh' ? `${exact(value)} 万元` : `¥${money(value * 1e4)}`;
  return exact(value);
}

const UNIT_LABELS: Record<MetricUnit, Record<Lang, string>> = {
  count: { zh: '数量', en: 'number' },
  items: { zh: '件', en: 'documents' },
  yuan: { zh: '元', en: 'yuan (¥)' },
  wanYuan: { zh: '万元', en: 'yuan (¥)' },
  share: { zh: '%', en: '%' },
};

/** The unit as an axis or column title: 万元, yuan (¥), %. */
export const unitLabel = (unit: MetricUnit, lang: Lang) => UNIT_LABELS[unit][lang];

/** The exact number without its unit, for labels beside an axis that names the unit. */
export function formatBare(value: number, unit: MetricUnit, lang: Lang): string {
  if (unit === 'share') return percent(value);
  if (unit === 'wanYuan' && lang === 'en') return money(value * 1e4);
  return unit === 'yuan' && lang === 'en' ? money(value) : exact(value);
}
