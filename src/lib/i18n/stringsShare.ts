/**
 * Strings of the embed page, the download buttons and the exported images, in
 * Chinese and English. Kept apart from `strings.ts` so the embed page and the exports carry
 * only what they use.
 */
import type { Lang } from '../view/parseView';

export interface ShareStrings {
  download: string;
  png: string;
  svg: string;
  csv: string;
  preparing: string;
  /** Source line drawn under every chart when it cannot name the reports. */
  source: string;
  /** Before the few reports named, each a `sourceItem` (then its URL after `urlBefore`), joined by `sourcesJoin`. */
  sourcesLead: (reports: number) => string;
  sourcesJoin: string;
  urlBefore: string;
  sourceItem: (name: string, year: number | null) => string;
  /** Many reports: how many, of how many agencies (or of the one agency, by name), over which years; the list is in the CSV. */
  sourcesMany: (reports: number, agencies: number, agencyName: string, years: string) => string;
  dataVersion: (v: string) => string;
  synthetic: string;
  openDashboard: string;
  /** Agency page trend chart → the same figure in Explore, where it can be shared and embedded. */
  openInExplore: string;
  /** Subtitles of exported charts. */
  subtitleLine: (agencies: number, years: string) => string;
  subtitleRanked: (year: number | string, shown: number, total: number) => string;
}

const zh: ShareStrings = {
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

const en: ShareStrings = {
  download: 'Download',
  png: 'PNG image',
  svg: 'SVG vector',
  csv: 'CSV data',
  preparing: 'Preparing…',
  source: "Source: agencies' annual government information-disclosure reports, compiled by this site",
  sourcesLead: (n) => (n === 1 ? 'Source: ' : 'Sources: '),
  sourcesJoin: '; ',
  urlBefore: ', ',
  sourceItem: (name, year) => `${name}, ${year === null ? 'year unknown' : year} information-disclosure report`,
  sourcesMany: (reports, agencies, name, years) => `Sources: ${reports} information-disclosure reports of ${agencies === 1 ? name : `${agencies} agencies`}, ${years} — list (with links) in the CSV`,
  dataVersion: (v) => `data version ${v}`,
  synthetic: 'includes synthetic (not real) data',
  openDashboard: 'Open in the dashboard',
  openInExplore: 'Open in Explore (share, embed)',
  subtitleLine: (n, years) => `${n} ${n === 1 ? 'agency' : 'agencies'} · ${years}`,
  subtitleRanked: (year, shown, total) => `${year} · top ${shown} of ${total} agencies with data`,
};

export const SHARE_STRINGS: Record<Lang, ShareStrings> = { zh, en };
