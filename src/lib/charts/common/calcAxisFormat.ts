/**
 * One number style for a whole axis: the divisor (万 / 亿, k / M / B) is chosen once from the
 * largest tick and the decimals once from the step between ticks (d3-format's `precisionFixed`),
 * so an axis never mixes 1万 with 8,000. English money in 万元 is shown in yuan (×10,000):
 * the axis names the unit, the ticks carry none.
 */
import { format, precisionFixed } from 'd3-format';
import type { MetricUnit } from '../../data/types';
import type { Lang } from '../../view/parseView';
import type { TickFormat } from './types';

/** [from, divisor, suffix]: English keeps 8,000 whole and writes 10k from ten thousand up. */
const DIVISORS: Record<Lang, [number, number, string][]> = {
  zh: [[1e8, 1e8, '亿'], [1e4, 1e4, '万']],
  en: [[1e9, 1e9, 'B'], [1e6, 1e6, 'M'], [1e4, 1e3, 'k']],
};
const divisorOf = (lang: Lang, largest: number): [number, string] => {
  const found = DIVISORS[lang].find(([from]) => largest >= from);
  return found ? [found[1], found[2]] : [1, ''];
};

/** What one unit of the metric's value is worth on screen (English shows 万元 as yuan). */
export const displayFactor = (unit: MetricUnit, lang: Lang) => (unit === 'wanYuan' && lang === 'en' ? 1e4 : 1);

function smallestStep(values: readonly number[]): number {
  let step = Infinity;
  for (let i = 1; i < values.length; i++) step = Math.min(step, Math.abs(values[i] - values[i - 1]));
  return Number.isFinite(step) && step > 0 ? step : Math.abs(values[0] ?? 1) || 1;
}

const trimmed = format(',.3~f');

/**
 * `log`: ticks are decades, so each is written on its own (1, 10, 100, 1,000, 10k) — the same
 * rule per tick, the divisor per tick.
 */
export function calcAxisFormat(ticks: readonly number[], unit: MetricUnit, lang: Lang, log = false): TickFormat {
  const sorted = [...ticks].sort((a, b) => a - b);
  if (log) {
    const factor = displayFactor(unit, lang);
    if (unit === 'share') return (v) => format('.3~%')(v);
    return (v) => {
      const shown = v * factor;
      const [divisor, suffix] = divisorOf(lang, Math.abs(shown));
      return v === 0 ? '0' : `${trimmed(shown / divisor)}${suffix}`;
    };
  }
  if (unit === 'share') {
    const f = format(`.${precisionFixed(smallestStep(sorted) * 100)}%`);
    return (v) => f(v);
  }
  const factor = displayFactor(unit, lang);
  const shown = sorted.map((v) => v * factor);
  const largest = Math.max(0, ...shown.map(Math.abs));
  const [divisor, suffix] = divisorOf(lang, largest);
  const step = smallestStep(shown);
  const f = format(`,.${precisionFixed(step / divisor)}f`);
  return (v) => (v === 0 ? '0' : `${f((v * factor) / divisor)}${suffix}`);
}
