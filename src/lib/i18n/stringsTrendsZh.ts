/** Chinese trend strings (see `stringsTrends.ts`), loaded with the language by `loadStrings`. */
import type { TrendStrings } from './stringsTrends';

export const trendsZh: TrendStrings = {
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
