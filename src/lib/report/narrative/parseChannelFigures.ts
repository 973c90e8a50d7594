/**
 * Channel figures from prose sentences. A figure belongs to the nearest channel
 * named before it in its clause; a clause that names none inherits the channel
 * of an earlier clause only when the whole sentence is about one channel
 * ("“茌平公安”微博现有粉丝 4475 多人，2020 年发布警务信息 400 余条"), never inside a
 * "其中" breakdown by category. The metric comes from the words between channel
 * and number and must agree with the unit; averages, single items, maxima,
 * mailboxes and growth figures are not channel totals.
 */
import { evidenceOf } from '../textDocument';
import type { ChannelFigure, ChannelKind, ChannelMetric } from '../types';
import { findChannelMentions, mayMentionChannel, type Mention } from './findChannelMentions';
import { findQuantities, type Quantity } from './findQuantities';
import { lineAt } from './lineAt';
import type { Span } from './prose';
import { splitClauses } from './splitClauses';

interface Group {
  kind: ChannelKind;
  label: string;
  /** Offset in the clause where the group's label starts. */
  start: number;
  end: number;
}

const CONNECTOR = /^[\s“”"'‘’、和及与或以\/]*$/;
const METRIC =
  /(回应(?:社会)?关[注切]|回复|回应|答复|解答)|(粉丝|关注|订阅|用户)|(阅读|浏览|点击|访问|播放|观看)|(发布|公开|推送|刊发|刊登|刊稿|刊载|播发|发表|更新|编发|推出|上传|发送|报道|登载|公布|发文|推文|转载|播出|刊播|发出|发稿|供稿|采用|刊用)/g;
const METRIC_WORD = new RegExp(METRIC.source);
const METRICS: ChannelMetric[] = ['replies', 'followers', 'views', 'posts'];
const NOT_A_TOTAL =
  /平均|日均|月均|周均|年均|最高|单条|单篇|单日|单月|单周|单个|单平台|该视频|该短视频|该条|该文|首发|信箱|热线|信访|诉求|投诉|求助|举报|历年|注册|点赞|评论|转发量|同比|新增|增长|增加|净增|涨粉|下降|减少|排名|位列|占比/;
const UNITS: Record<ChannelMetric, RegExp> = {
  posts: /^(条|篇|篇次|条次|则|份|个|件|部|集|期|项)$/,
  followers: /^(人|个|名|户|位)$/,
  views: /^(次|人次|人)$/,
  replies: /^(条|件|次|个|人次)$/,
};
/** What may stand before a channel that the following clauses are about: nothing, or a preposition. */
const ANCHOR_PREFIX = /^(?:\s|其中|我局|本局|分局|同时|另外|此外|共|\d+\s*年度?)*$|(?:通过|依托|利用|借助|运用|开通|开设|运营|入驻|在|于)\s*$/;
/** A bare count after a channel: "市级媒体3500余篇次", "微博 4312 条". */
const BARE_POSTS = /^\s*(?:共计|共|累计|合计|计|达)?\s*$/;
const BARE_POSTS_UNIT = /^(条|篇|篇次|条次|则)$/;
/** A gazette's issues: "制作《某市人民政府公报》6期" counts what the gazette published. */
const GAZETTE = /公报》?$/;

/** Mentions joined by 、/和/及 (or written side by side) name one combined channel. */
function groupsOf(clause: string, mentions: Mention[]): Group[] {
  const groups: Group[] = [];
  let first = 0;
  for (let i = 0; i < mentions.length; i++) {
    const next = mentions[i + 1];
    if (next && CONNECTOR.test(clause.slice(mentions[i].labelEnd, next.labelStart))) continue;
    const members = mentions.slice(first, i + 1);
    const kinds = new Set(members.map((m) => m.kind));
    const kind: ChannelKind = kinds.has('all') ? 'all' : kinds.size === 1 ? members[0].kind : 'other';
    const start = members[0].labelStart;
    const last = members[members.length - 1];
    groups.push({ kind, label: clause.slice(start, Math.max(last.labelEnd, last.end)).trim(), start, end: last.end });
    first = i + 1;
  }
  return groups;
}

function groupBefore(groups: Group[], position: number): Group | null {
  let found: Group | null = null;
  for (const g of groups) if (g.end <= position) found = g;
  return found;
}

function metricIn(window: string): ChannelMetric | null {
  if (NOT_A_TOTAL.test(window)) return null;
  let metric: ChannelMetric | null = null;
  // exec on METRIC itself: matchAll would copy the expression for every window.
  METRIC.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = METRIC.exec(window))) metric = METRICS[m.slice(1).findIndex((g) => g !== undefined)];
  return metric;
}

function unitFits(metric: ChannelMetric, q: Quantity, window: string): boolean {
  if (!q.bounded) return false;
  if (q.unit) return UNITS[metric].test(q.unit);
  // No unit: only "粉丝数 0.6233万" or a metric word right before the number.
  if (metric === 'posts' || metric === 'replies') return false;
  return Boolean(q.multiplier) || /(粉丝|关注|订阅|用户|阅读|浏览|点击|访问|播放)[数量]?\s*(为|达|:|：)?\s*$/.test(window);
}

export function parseChannelFigures(sentences: Span[]): ChannelFigure[] {
  const figures: ChannelFigure[] = [];
  const seen = new Set<string>();

  const emit = (group: Group, metric: ChannelMetric, q: Quantity, clause: Span) => {
    const key = `${group.kind}|${metric}|${q.value}`;
    if (seen.has(key)) return;
    seen.add(key);
    const evidence = evidenceOf(lineAt(clause.block, clause.offset + q.start));
    figures.push({ channel: group.kind, label: group.label, metric, value: q.value, approximate: q.approximate, evidence });
  };

  for (const sentence of sentences) {
    // A sentence that names no channel in any clause gives no figure: nothing to inherit either.
    if (!/\d/.test(sentence.text) || !mayMentionChannel(sentence.text)) continue;
    /** Channels the sentence has named so far: inheritance needs exactly one. */
    const kinds = new Set<ChannelKind>();
    let anchor: Group | null = null;
    let breakdown = false;
    /** Metrics already stated in this sentence per channel: an inherited clause does not restate one. */
    const stated = new Set<string>();
    const clauses = splitClauses(sentence);
    // Clauses after the last one with a digit hold no figure, and what they name matters to no later clause.
    let lastWithDigit = clauses.length - 1;
    while (lastWithDigit >= 0 && !/\d/.test(clauses[lastWithDigit].text)) lastWithDigit--;
    for (let c = 0; c <= lastWithDigit; c++) {
      const clause = clauses[c];
      const text = clause.text;
      const groups = groupsOf(text, findChannelMentions(text));
      const opensBreakdown = /^\s*其中/.test(text) && groups.length === 0;
      let emitted: Group | null = null;
      for (const q of findQuantities(text)) {
        const own = groupBefore(groups, q.start);
        let group: Group;
        let window: string;
        if (own) {
          group = own;
          window = text.slice(own.end, q.start);
        } else {
          if (!anchor || kinds.size !== 1) continue;
          if ((breakdown || opensBreakdown) && anchor.kind !== 'news_media') continue;
          group = anchor;
          window = text.slice(0, q.start);
          // An inherited clause needs a verb or metric word of its own.
          if (!METRIC_WORD.test(window)) continue;
        }
        if (NOT_A_TOTAL.test(text.slice(0, q.start))) continue;
        const bare = own && BARE_POSTS.test(window) && (BARE_POSTS_UNIT.test(q.unit) || (q.unit === '期' && GAZETTE.test(group.label)));
        const metric = metricIn(window) ?? (bare ? 'posts' : null);
        if (!metric || !unitFits(metric, q, window)) continue;
        const statedKey = `${group.kind}|${metric}`;
        const outletBreakdown = (breakdown || opensBreakdown) && group.kind === 'news_media';
        if (!own && stated.has(statedKey) && !outletBreakdown) continue;
        stated.add(statedKey);
        emit(group, metric, q, clause);
        emitted = group;
      }
      if (opensBreakdown) breakdown = true;
      for (const g of groups) kinds.add(g.kind);
      if (groups.length) {
        const last = groups[groups.length - 1];
        anchor = emitted ?? (ANCHOR_PREFIX.test(text.slice(0, last.start)) ? last : null);
      }
    }
  }
  return figures;
}
