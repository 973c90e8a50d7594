/** Chinese share and export strings (see `stringsShare.ts`), loaded with the language by `loadStrings`. */
import type { ShareStrings } from './stringsShare';

export const shareZh: ShareStrings = {
  download: '下载',
  png: 'PNG 图片',
  svg: 'SVG 矢量图',
  csv: 'CSV 数据',
  preparing: '正在生成…',
  source: '来源：各机关政府信息公开工作年度报告，本站整理',
  sourcesLead: () => '来源：',
  sourcesJoin: '；',
  urlBefore: ' ',
  sourceItem: (name, year) => `${name} ${year === null ? '（年份不详）' : `${year} 年度`}政府信息公开工作年度报告`,
  sourcesMany: (reports, agencies, name, years) => `来源：${agencies === 1 ? name : `${agencies} 个机关`} ${years} 年的 ${reports} 份政府信息公开工作年度报告，清单（含原文链接）见 CSV 数据`,
  dataVersion: (v) => `数据版本 ${v}`,
  synthetic: '含合成数据（非真实）',
  openDashboard: '在数据面板中打开',
  openInExplore: '在“探索”中打开（可分享、嵌入）',
  subtitleLine: (n, years) => `${n} 个机关 · ${years}`,
  subtitleRanked: (year, shown, total) => `${year} 年 · 前 ${shown} 名（共 ${total} 个机关有数据）`,
};
