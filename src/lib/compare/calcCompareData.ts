/**
 * What Compare shows, as plain data: each picked agency's report of the chosen year (or its
 * latest), and from the loaded reports the key figures, the outcome stacks and the channel
 * stacks. Shared by the Compare view and the embed page.
 */
import { KEY_FIGURES } from '../agency/calcKeyFigures';
import type { ManifestIndex } from '../data/calcManifestIndex';
import type { Manifest, ManifestEntry } from '../data/types';
import type { Report } from '../report/types';
import { plainName } from '../i18n/displayName';
import type { Lang, View } from '../view/parseView';
import { calcSeriesColors } from '../charts/common/calcSeriesColors';
import { calcChannelPosts, calcOutcomeParts, calcOutcomeTotal, channelKindsOf, OUTCOME_CATEGORIES } from './calcCompareParts';

export const COMPARE_MAX = 6;

export const CHANNEL_LABELS: Record<string, { zh: string; en: string }> = {
  website: { zh: '门户网站', en: 'Website' }, gov_platform: { zh: '政务公开平台', en: 'Disclosure platform' }, weibo: { zh: '微博', en: 'Weibo' },
  wechat: { zh: '微信公众号', en: 'WeChat' }, wechat_channels: { zh: '视频号', en: 'WeChat Channels' }, douyin: { zh: '抖音', en: 'Douyin' },
  kuaishou: { zh: '快手', en: 'Kuaishou' }, toutiao: { zh: '今日头条', en: 'Toutiao' }, news_media: { zh: '新闻媒体', en: 'News media' },
  press_conference: { zh: '新闻发布会', en: 'Press conferences' }, other: { zh: '其他', en: 'Other' },
};
export const CHANNEL_COLORS = ['var(--c0)', 'var(--c1)', 'var(--c2)', 'var(--c3)', 'var(--c4)', 'var(--c5)', 'color-mix(in srgb, var(--c0) 55%, var(--bg))', 'color-mix(in srgb, var(--c1) 55%, var(--bg))', 'color-mix(in srgb, var(--c2) 55%, var(--bg))', 'color-mix(in srgb, var(--c3) 55%, var(--bg))', 'var(--muted)'];

export interface CompareSelection {
  /** Agency ids picked that exist, in the order picked. */
  picked: string[];
  /** The first COMPARE_MAX of them: the ones shown. */
  shown: string[];
  /** Each shown agency's report of the chosen year, else its latest; null where it has none. */
  entries: (ManifestEntry | null)[];
}

export function calcCompareSelection(view: View, manifest: Manifest, index: ManifestIndex): CompareSelection {
  const picked = view.agencies.filter((id) => index.agencyById.has(id));
  const shown = picked.slice(0, COMPARE_MAX);
  const entries = shown.map((id): ManifestEntry | null => {
    const list = (index.reportsOfAgency.get(id) ?? []).map((i) => manifest.reports[i]);
    return (view.year !== null ? list.find((e) => e.year === view.year) : list[list.length - 1]) ?? null;
  });
  return { picked, shown, entries };
}

export function calcCompareData(reports: (Report | null)[], sel: CompareSelection, nameOf: (id: string) => string, lang: Lang) {
  // The name isolated, so a right-to-left one cannot move the year beside it.
  const labelOf = (i: number) => `${plainName(nameOf(sel.shown[i]))} ${sel.entries[i]?.year ?? ''}`;
  const groups = KEY_FIGURES.map((k) => ({
    key: k.path,
    label: k.label[lang],
    values: reports.map((r) => (r ? ((v) => (typeof v === 'number' ? v : null))(k.path.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown> | null)?.[p], r)) : null)),
  }));
  const outcomes = reports.map((r, i) => ({
    key: sel.shown[i],
    name: labelOf(i),
    parts: r ? calcOutcomeParts(r) : OUTCOME_CATEGORIES.map(() => null),
    statedTotal: r ? calcOutcomeTotal(r) : null,
  }));
  const posts = reports.map((r) => (r ? calcChannelPosts(r) : new Map()));
  const kinds = channelKindsOf(posts);
  const channels = posts.map((p, i) => ({ key: sel.shown[i], name: labelOf(i), parts: kinds.map((k) => p.get(k)?.value ?? null) }));
  // The agencies as data (for the CSV and the source line): the agency's name, the year and id of the report shown.
  const compared = sel.shown.map((id, i) => ({ name: nameOf(id), year: sel.entries[i]?.year ?? null, report: sel.entries[i]?.id ?? null }));
  // Palette slot per agency, the same as in Explore's line chart (colours follow the agency).
  return { groups, outcomes, kinds, channels, labels: sel.shown.map((_, i) => labelOf(i)), compared, colors: calcSeriesColors(sel.shown) };
}

export type CompareData = ReturnType<typeof calcCompareData>;
