/**
 * Strings of the charts themselves and of their reading modes (scale, highlight, legend, table
 * search, annotations, missing agencies), in Chinese and English. Kept apart from `strings.ts`
 * so the embed page carries only what its chart uses.
 */
import type { Lang } from '../view/parseView';

export interface ChartStrings {
  /** Hint under a chart, for a mouse and for a touch screen (no "hover" there). */
  hintPointer: string;
  hintTouch: string;
  /** Legend item: the series is shown; press to hide it. */
  legendHide: (name: string) => string;
  legendShow: (name: string) => string;
  legendHint: string;
  hiddenCount: (n: number) => string;
  scale: string;
  scales: { linear: string; log: string };
  logNote: string;
  /** The URL names a metric the catalogue does not have: say which is shown instead. */
  unknownMetric: (asked: string, shown: string) => string;
  highlight: string;
  highlightNone: string;
  /** Two or more series with one value in one year. */
  overlap: (names: string[], year: number, value: string) => string;
  /** Ranked chart with picked agencies: those without a value in the year, and why. */
  missingNoReport: (year: number, names: string[]) => string;
  missingBlank: (year: number, names: string[]) => string;
  rankedPickedOnly: (year: number, total: number) => string;
  /** Summary of the ranked chart of picked agencies. */
  summaryPicked: (metric: string, year: number, shown: number, total: number, top: string | null) => string;
  /** Picked agencies have no value in any year of the range. */
  rankedNoYear: string;
  searchTable: string;
  tableRows: (shown: number, total: number) => string;
  sortBy: (column: string) => string;
  annotation: string;
  annotationYear: string;
  annotationAgency: string;
  annotationWholeYear: string;
  ownWords: string;
  ownTitle: string;
  ownSubtitle: string;
  ownNotes: string;
  ownByline: string;
  ownHint: string;
  clearOwn: string;
  unit: (label: string) => string;
  /** A value with whose and which year it is: 某局（2021 年）：10. */
  valueOf: (name: string, year: number | null, value: string) => string;
}

const list = (names: string[], sep: string) => names.join(sep);

const zh: ChartStrings = {
  hintPointer: '把鼠标移到点上或用 Tab 键选中，可看到精确数值；点击打开这份报告。',
  hintTouch: '轻点一个点看精确数值，再点一次打开这份报告。',
  legendHide: (n) => `隐藏 ${n}`,
  legendShow: (n) => `显示 ${n}`,
  legendHint: '点击图例可隐藏或显示一条线。',
  hiddenCount: (n) => `已隐藏 ${n} 条线`,
  scale: '纵轴',
  scales: { linear: '线性', log: '对数' },
  unknownMetric: (asked, shown) => `链接中的指标 ${asked} 不存在，这里显示的是默认指标：${shown}。`,
  logNote: '对数坐标：每一格是上一格的 10 倍；含 0 的数据用对称对数（0 仍在底部）。',
  highlight: '突出显示',
  highlightNone: '不突出',
  overlap: (names, year, value) => `${year} 年 ${list(names, '、')} 的数值相同（${value}），点已左右错开。`,
  missingNoReport: (year, names) => `${year} 年没有报告：${list(names, '、')}。`,
  missingBlank: (year, names) => `${year} 年报告中此项空白：${list(names, '、')}。`,
  rankedPickedOnly: (year, total) => `只显示你选的机关；名次是在 ${year} 年全部 ${total} 个有数值的机关中的名次。`,
  summaryPicked: (m, year, shown, total, top) => `${year} 年 ${m}：图中是你选的 ${shown} 个机关（共 ${total} 个机关有数值）${top ? `，其中最高为 ${top}` : ''}。`,
  rankedNoYear: '你选的机关在所选年份都没有这一项的数值。',
  searchTable: '在表格中搜索机关',
  tableRows: (shown, total) => (shown === total ? `共 ${total} 行` : `显示 ${shown} / ${total} 行`),
  sortBy: (c) => `按“${c}”排序`,
  annotation: '图上批注',
  annotationYear: '年份',
  annotationAgency: '位置',
  annotationWholeYear: '整个年份',
  ownWords: '图表文字',
  ownTitle: '标题',
  ownSubtitle: '副标题',
  ownNotes: '注释',
  ownByline: '署名',
  ownHint: '留空则用默认文字。写在链接里，嵌入、PNG 和 SVG 都会使用。',
  clearOwn: '恢复默认文字',
  unit: (label) => `单位：${label}`,
  valueOf: (name, year, value) => `${name}${year === null ? '' : `（${year} 年）`}：${value}`,
};

const en: ChartStrings = {
  hintPointer: 'Hover over a point or tab to it for the exact value; click to open its report.',
  hintTouch: 'Tap a point for the exact value; tap it again to open its report.',
  legendHide: (n) => `Hide ${n}`,
  legendShow: (n) => `Show ${n}`,
  legendHint: 'Click a legend entry to hide or show its line.',
  hiddenCount: (n) => `${n} hidden`,
  scale: 'Value axis',
  scales: { linear: 'Linear', log: 'Log' },
  unknownMetric: (asked, shown) => `The link names a metric that does not exist (${asked}); showing the default metric instead: ${shown}.`,
  logNote: 'Log scale: each step is ten times the one below; with zeros a symmetric log is used (0 stays at the bottom).',
  highlight: 'Highlight',
  highlightNone: 'None',
  overlap: (names, year, value) => `${year}: ${list(names, ', ')} have the same value (${value}); their points are set side by side.`,
  missingNoReport: (year, names) => `No ${year} report: ${list(names, ', ')}.`,
  missingBlank: (year, names) => `Blank in the ${year} report: ${list(names, ', ')}.`,
  rankedPickedOnly: (year, total) => `Only the agencies you picked; ranks are among all ${total} agencies with a value in ${year}.`,
  summaryPicked: (m, year, shown, total, top) => `${m} in ${year}: the ${shown} agencies you picked (of ${total} with a value)${top ? `; the highest is ${top}` : ''}.`,
  rankedNoYear: 'The agencies you picked have no value for this item in the chosen years.',
  searchTable: 'Search agencies in the table',
  tableRows: (shown, total) => (shown === total ? `${total} rows` : `${shown} of ${total} rows`),
  sortBy: (c) => `Sort by “${c}”`,
  annotation: 'Annotation',
  annotationYear: 'Year',
  annotationAgency: 'At',
  annotationWholeYear: 'The whole year',
  ownWords: 'Chart text',
  ownTitle: 'Title',
  ownSubtitle: 'Subtitle',
  ownNotes: 'Notes',
  ownByline: 'Byline',
  ownHint: 'Leave blank for the default. Kept in the link; used by the embed, PNG and SVG.',
  clearOwn: 'Back to the default text',
  unit: (label) => `Unit: ${label}`,
  valueOf: (name, year, value) => `${name}${year === null ? '' : ` (${year})`}: ${value}`,
};

export const CHART_STRINGS: Record<Lang, ChartStrings> = { zh, en };
