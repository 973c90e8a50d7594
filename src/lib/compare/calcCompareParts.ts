/**
 * What Compare stacks: outcomes of requests (予以公开, 部分公开, 不予公开 by reason, 无法提供,
 * 不予处理, 其他处理, 结转) and posts by channel, from full reports. A group of rows is the sum
 * of its cells; a group with a blank cell is `null` (never a sum that quietly treats the blank
 * as 0), and the bar shows what the blanks leave unaccounted of the stated total.
 */
import type { Label } from '../data/types';
import { getPath } from '../report/schema';
import type { ChannelKind, Report } from '../report/types';

export interface Category {
  key: string;
  label: Label;
  /** CSS colour. */
  color: string;
}

const DENIED: [string, Label][] = [
  ['stateSecret', { zh: '国家秘密', en: 'state secret' }],
  ['lawForbidden', { zh: '法律法规禁止', en: 'forbidden by law' }],
  ['safetyStability', { zh: '三安全一稳定', en: 'security & stability' }],
  ['thirdPartyRights', { zh: '第三方权益', en: 'third-party rights' }],
  ['internalAffairs', { zh: '内部事务', en: 'internal affairs' }],
  ['processInfo', { zh: '过程性信息', en: 'process information' }],
  ['enforcementFile', { zh: '行政执法案卷', en: 'enforcement file' }],
  ['queryMatter', { zh: '行政查询事项', en: 'query matter' }],
];

export const OUTCOME_CATEGORIES: (Category & { paths: string[] })[] = [
  { key: 'granted', label: { zh: '予以公开', en: 'Granted' }, color: 'var(--c2)', paths: ['applications.granted.total'] },
  { key: 'partiallyGranted', label: { zh: '部分公开', en: 'Granted in part' }, color: 'var(--c5)', paths: ['applications.partiallyGranted.total'] },
  ...DENIED.map(([k, label], i) => ({
    key: `denied.${k}`,
    label: { zh: `不予公开·${label.zh}`, en: `Denied: ${label.en}` },
    color: `color-mix(in srgb, var(--c1) ${100 - i * 9}%, var(--bg))`,
    paths: [`applications.denied.${k}.total`],
  })),
  { key: 'unableToProvide', label: { zh: '无法提供', en: 'Unable to provide' }, color: 'var(--c4)', paths: ['notHeld', 'needsCreation', 'unclear'].map((k) => `applications.unableToProvide.${k}.total`) },
  { key: 'notProcessed', label: { zh: '不予处理', en: 'Not processed' }, color: 'var(--c3)', paths: ['complaint', 'duplicate', 'publication', 'massRepeated', 'confirmation'].map((k) => `applications.notProcessed.${k}.total`) },
  { key: 'otherDisposal', label: { zh: '其他处理', en: 'Other disposal' }, color: 'var(--muted)', paths: ['overdueCorrection', 'overdueFee', 'other', 'all'].map((k) => `applications.otherDisposal.${k}.total`) },
  { key: 'carriedForward', label: { zh: '结转下年度', en: 'Carried forward' }, color: 'var(--c0)', paths: ['applications.carriedForward.total'] },
];

/** Sum of the paths the report's template has; null when any of them is blank. */
function sumGroup(report: Report, paths: string[]): number | null {
  let sum = 0;
  let present = 0;
  for (const p of paths) {
    const v = getPath(report, p);
    if (v === undefined) continue; // not a row of this template
    if (typeof v !== 'number') return null;
    sum += v;
    present++;
  }
  return present ? sum : null;
}

export function calcOutcomeParts(report: Report): (number | null)[] {
  return OUTCOME_CATEGORIES.map((c) => sumGroup(report, c.paths));
}

/** What the outcome bar adds up to by the report's own totals: 七、总计 + 四、结转下年度. */
export function calcOutcomeTotal(report: Report): number | null {
  const total = report.applications.total?.total ?? null;
  const forward = report.applications.carriedForward?.total ?? null;
  return total === null || forward === null ? null : total + forward;
}

const CHANNEL_ORDER: ChannelKind[] = ['website', 'gov_platform', 'weibo', 'wechat', 'wechat_channels', 'douyin', 'kuaishou', 'toutiao', 'news_media', 'press_conference', 'other'];

/** Posts per channel kind (several accounts of one kind summed), null where the report names none; the stated total (`all`) is left out. */
export function calcChannelPosts(report: Report): Map<ChannelKind, { value: number; approximate: boolean }> {
  const by = new Map<ChannelKind, { value: number; approximate: boolean }>();
  for (const c of report.channels) {
    if (c.metric !== 'posts' || c.channel === 'all') continue;
    const seen = by.get(c.channel);
    by.set(c.channel, { value: (seen?.value ?? 0) + c.value, approximate: (seen?.approximate ?? false) || c.approximate });
  }
  return by;
}

/** Channel kinds any of the reports names, in a fixed order. */
export function channelKindsOf(posts: Map<ChannelKind, unknown>[]): ChannelKind[] {
  return CHANNEL_ORDER.filter((k) => posts.some((p) => p.has(k)));
}
