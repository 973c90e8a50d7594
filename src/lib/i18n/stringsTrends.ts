/**
 * Strings of trends across years: the template-change rule, the chart modes (values, change,
 * index), year-on-year change and the metric picker's parts. Kept apart from `strings.ts`.
 */
import type { ChartMode } from '../charts/trend/applyChartMode';
import type { ChoiceSpan } from '../explore/calcMetricChoices';
import type { Lang } from '../view/parseView';

export interface TrendStrings {
  /** The note beside the rule between 2020 and 2021. */
  templateChange: string;
  /** Short form on small charts. */
  templateChangeShort: string;
  chartMode: string;
  modes: Record<ChartMode, string>;
  /** `较上年 +12（+8%）`; the year is named when the previous report is not the year before. */
  change: (delta: string, fromYear: number, year: number) => string;
  changeCrosses: string;
  index: (value: string, base: number) => string;
  reported: string;
  modeNote: Record<Exclude<ChartMode, 'value'>, string>;
  spans: Record<ChoiceSpan, string>;
  /** A one-template metric: its line stops at the change. */
  stopsAtChange: string;
}

/** Filled per language by `loadStrings` before anything is drawn in that language (i18n/loadStrings.ts). */
export const TREND_STRINGS = {} as Record<Lang, TrendStrings>;
