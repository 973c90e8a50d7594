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
  /** Source line drawn under every chart. */
  source: string;
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
  dataVersion: (v) => `data version ${v}`,
  synthetic: 'includes synthetic (not real) data',
  openDashboard: 'Open in the dashboard',
  openInExplore: 'Open in Explore (share, embed)',
  subtitleLine: (n, years) => `${n} ${n === 1 ? 'agency' : 'agencies'} · ${years}`,
  subtitleRanked: (year, shown, total) => `${year} · top ${shown} of ${total} agencies with data`,
};

export const SHARE_STRINGS: Record<Lang, ShareStrings> = { zh, en };
