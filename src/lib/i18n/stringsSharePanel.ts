/**
 * Strings of the share / embed / download panel and the theme switch: the dashboard's only (the
 * embed page and the exports carry `stringsShare.ts` alone, so these stay out of their load).
 */
import type { Lang } from '../view/parseView';

export interface SharePanelStrings {
  shareEmbed: string;
  copyLink: string;
  copied: string;
  copyFailed: string;
  link: string;
  embedCode: string;
  copyCode: string;
  embedHint: string;
  /** The embed code's heights: being measured, measured at every width, or an estimate. */
  embedHeights: Record<'measuring' | 'measured' | 'estimated', string>;
  /** Compare's share panel: the downloads are under each of its charts. */
  downloadsPerChart: string;
  theme: string;
  themes: Record<'auto' | 'light' | 'dark', string>;
  language: string;
  hideControls: string;
}

const zh: SharePanelStrings = {
  shareEmbed: '分享 / 嵌入 / 下载',
  copyLink: '复制链接',
  copied: '已复制',
  copyFailed: '无法复制，请手动选择',
  link: '链接',
  embedCode: '嵌入代码',
  copyCode: '复制嵌入代码',
  embedHint: '粘贴到文章的 HTML 中；脚本让高度随图表变化，没有脚本时也能正常显示。',
  embedHeights: {
    measuring: '正在测量图表在各宽度下的高度…',
    measured: '代码已含图表在各宽度下的高度：即使网页去掉脚本，也不会被截断或留白。',
    estimated: '未能测量图表高度，代码中的高度为估计值；加上脚本可自动调整。',
  },
  downloadsPerChart: '每个图表下方都有各自的 PNG、SVG、CSV 下载。',
  theme: '配色',
  themes: { auto: '跟随系统', light: '浅色', dark: '深色' },
  language: '语言',
  hideControls: '隐藏控件',
};

const en: SharePanelStrings = {
  shareEmbed: 'Share / embed / download',
  copyLink: 'Copy link',
  copied: 'Copied',
  copyFailed: 'Could not copy; select the text',
  link: 'Link',
  embedCode: 'Embed code',
  copyCode: 'Copy embed code',
  embedHint: "Paste into your article's HTML. The script makes the height follow the chart; without it the chart still shows.",
  embedHeights: {
    measuring: "Measuring the chart's height at every width…",
    measured: "The code holds the chart's height at every width: it fits without the script, neither cut off nor with a gap.",
    estimated: "Could not measure the chart's height: the code's height is an estimate; the script adjusts it.",
  },
  downloadsPerChart: 'Each chart above has its own PNG, SVG and CSV downloads.',
  theme: 'Theme',
  themes: { auto: 'Auto', light: 'Light', dark: 'Dark' },
  language: 'Language',
  hideControls: 'Hide controls',
};

export const SHARE_PANEL_STRINGS: Record<Lang, SharePanelStrings> = { zh, en };
