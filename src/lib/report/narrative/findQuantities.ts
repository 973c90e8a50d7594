/**
 * Numbers in a span that could be counts: digits with their 万/亿 multiplier,
 * unit, approximation words, and whether the figure ends where a count ends.
 * Dates, years, percentages, rankings (第…), phone numbers, times and URLs are
 * told apart here by what surrounds the digits; callers decide which units fit.
 */
export interface Quantity {
  value: number;
  approximate: boolean;
  /** Offset of the first digit in the span. */
  start: number;
  /** Offset just past the figure (unit, approximation word, trailing noun). */
  end: number;
  /** `条`, `人次`, `元`… or `''` when none follows. */
  unit: string;
  /** `万`, `亿` or `''`. */
  multiplier: string;
  /** A content noun after the unit, as in "发布230条信息". */
  noun: string;
  /** False when a noun that is not content follows ("7个新媒体平台", "60条短视频登上热搜"). */
  bounded: boolean;
}

/** Digits, with thousands separators ("1,234") where the groups are exact. */
const NUMBER = /\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?/g;
const SUFFIX =
  /\s*(余|多)?\s*(万|亿)?\s*(余|多)?\s*(篇次|条次|人次|周年|小时|篇|条|则|份|个|件|起|人|次|名|户|位|部|期|场|项|批|天|年|月|日|号|时|周|岁|元|%|‰|家|所|处|宗|封|张|集|款|辆|台)?\s*(以上|左右)?/y;
const APPROX_BEFORE = /(超过|超出|突破|逾|将近|接近|近|约|大约)\s*$/;
const GLUED_BEFORE = /[\d.\-:/A-Za-z_@#=]$/;
const GLUED_AFTER = /^[\d\-:/A-Za-z_@.]/;
const RANK_BEFORE = /第\s*$/;
const CONTENT_NOUN = /^(短视频|视频|信息|稿件|文章|作品|图文|动态|推文|新闻|资讯|消息|微博|帖子|内容|警情|通报)/;
const BOUNDARY = /^(\s*$|\s*[，。；、,;：:！？!?）)“”"'…·—~～\-]|\s*\d|\s*(同比|较|比|其中|均|全部|并|且|已|共|合计|总计|累计|等))/;

const MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  // exec on NUMBER itself: matchAll would copy the expression for every span.
  NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER.exec(text))) {
    const start = m.index!;
    const before = text.slice(Math.max(0, start - 6), start);
    if (GLUED_BEFORE.test(before) || RANK_BEFORE.test(before)) continue;
    const afterDigits = start + m[0].length;
    if (GLUED_AFTER.test(text.slice(afterDigits, afterDigits + 1))) continue;
    SUFFIX.lastIndex = afterDigits;
    const s = SUFFIX.exec(text)!;
    const multiplier = s[2] ?? '';
    const unit = s[4] ?? '';
    let end = afterDigits + s[0].length;
    const rest = text.slice(end);
    let noun = '';
    let bounded = BOUNDARY.test(rest);
    if (!bounded && unit) {
      const n = CONTENT_NOUN.exec(rest);
      if (n && BOUNDARY.test(rest.slice(n[0].length))) {
        noun = n[0];
        end += noun.length;
        bounded = true;
      }
    }
    const approximate = Boolean(s[1] || s[3] || s[5]) || APPROX_BEFORE.test(before);
    const raw = Number(m[0].replace(/,/g, '')) * (MULTIPLIERS[multiplier] ?? 1);
    found.push({ value: Math.round(raw * 1e6) / 1e6, approximate, start, end, unit, multiplier, noun, bounded });
  }
  return found;
}
