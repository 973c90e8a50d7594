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

const zh: TrendStrings = {
  templateChange: '2021 年起使用新版表格',
  templateChangeShort: '新版表格',
  chartMode: '显示',
  modes: { value: '数值', change: '较上年变化', index: '指数（首年=100）' },
  change: (d, from, year) => `${from === year - 1 ? '较上年' : `较 ${from} 年`} ${d}`,
  changeCrosses: '跨越 2021 年表格改版，口径已统一',
  index: (v, base) => `指数 ${v}（${base} 年 = 100）`,
  reported: '报告数值',
  modeNote: {
    change: '图中是每年较该机关上一份报告的变化；有一年空白则不计算。',
    index: '图中是指数：每个机关第一个大于 0 的年份为 100；空白年份不画。',
  },
  spans: { both: '两版可比（跨 2021 年改版）', '2019': '仅 2019 年版表格', '2021': '仅 2021 年版表格' },
  stopsAtChange: '此指标只有一种表格版本有，线在表格改版处停止。',
};

const en: TrendStrings = {
  templateChange: 'New table template from 2021',
  templateChangeShort: 'new template',
  chartMode: 'Show',
  modes: { value: 'Values', change: 'Change on previous report', index: 'Index (first year = 100)' },
  change: (d, from, year) => `${from === year - 1 ? 'vs previous year' : `vs ${from}`} ${d}`,
  changeCrosses: 'Spans the 2021 template change; figures harmonised',
  index: (v, base) => `Index ${v} (${base} = 100)`,
  reported: 'As reported',
  modeNote: {
    change: "Drawn: each year's change against the agency's previous report; not computed where either year is blank.",
    index: "Drawn: an index, each agency's first year above 0 = 100; blank years are not drawn.",
  },
  spans: { both: 'Comparable across the 2021 change', '2019': '2019 template only', '2021': '2021 template only' },
  stopsAtChange: 'This metric is in one template only: its line stops at the template change.',
};

export const TREND_STRINGS: Record<Lang, TrendStrings> = { zh, en };
