/**
 * Where a span names a publication channel, and with which words. Known
 * platforms map to their channel; aggregates (政务新媒体, 新媒体矩阵, 两微一端) and
 * platforms outside the vocabulary (南方号, LED屏, "X平台发布…") and government gazettes (政府公报) map to `other`;
 * "不同渠道" and "…等渠道" map to `all` ("…等网络渠道" is a combined figure: `other`). Each mention carries the span of its
 * label: the keyword plus an account name written next to it ("“平安济源”微信公众号",
 * "@宝鸡公安", "平度公安微信", "微信公众号平安淄博经开").
 */
import type { ChannelKind } from '../types';

export interface Mention {
  kind: ChannelKind;
  /** Keyword span. */
  start: number;
  end: number;
  /** Label span: keyword plus the account name around it. */
  labelStart: number;
  labelEnd: number;
}

const LEXICON: [ChannelKind, string][] = [
  ['gov_platform', '“[^“”，。]{0,10}政务(?:公开)?网”'],
  ['news_media', '人民网|新华网|央视网?|中国新闻网|中新网|光明网|澎湃新闻|新浪网|腾讯网'],
  ['wechat_channels', '(?:微信)?视频号'],
  ['wechat', '微信公众(?:号|平台)|微信(?:服务|订阅)号|微信号|微信平台|公众号|微信'],
  ['weibo', '(?:新浪|腾讯|人民|政务|官方)?微博'],
  ['douyin', '抖音(?:官方号|账号|号|平台)?'],
  ['kuaishou', '快手(?:官方号|账号|号|平台)?'],
  ['toutiao', '今日头条号?|头条号'],
  ['other', '其他(?:新媒体平台|方式|渠道|途径|平台|载体)|其余(?:新媒体)?平台'],
  ['other', '(?:政务)?新媒体(?:平台|矩阵|账号|账户)?|自媒体(?:平台)?|两微一[端抖]|融媒体矩阵'],
  ['news_media', '融媒体中心|新闻网站|(?:各级|各类|主流|中央|省级|市级|区级|县级|网络|传统|境内外|国内外|平面|外部|新闻)*媒体(?:平台)?'],
  // A government gazette (《淮安市人民政府公报》6期) is a publication of its own, not news media.
  ['other', '《[^《》]{1,16}公报》|政府公报'],
  ['news_media', '报刊|报纸|杂志|电台|电视台?|广播(?:电台)?|《[^《》]{1,12}(?:报|刊|杂志)》|日报|晚报'],
  ['press_conference', '新闻发布会|新闻通气会|发布会|通气会'],
  ['gov_platform', '(?:政府信息公开|政务公开|信息公开|政务服务|政务)(?:平台|专栏|专区|栏目|网(?!站))|公开专栏|(?:公示|监督)(?:平台|专栏)|(?:行政)?权力运行[^，。；、,]{0,4}?平台'],
  ['website', '(?:政务公开|政府信息公开|门户|政府|官方|互联网|政务)?网站|官网|门户网|“[^“”，。]{1,10}网”'],
  // "平度政务网、平度公安微信等网络渠道": a combined figure over some platforms, not over all channels.
  ['other', '等网络(?:渠道|途径|平台)'],
  ['all', '(?:不同|各类|各种|多种|多个|各个|全部|所有)(?:渠道|途径|载体|平台)|各渠道|全渠道|等(?:各类|多种|多个|各种|不同)?(?:渠道|途径)'],
  [
    'other',
    '南方号|网易号|澎湃号|百家号|企鹅号|搜狐号|大鱼号|人民号|一点号|央视频|学习强国|小红书|哔哩哔哩|B站|知乎|客户端|APP|App|(?:LED|电子|户外)?(?:大屏幕|大屏|显示屏|电子屏|LED屏)|公告栏|公示栏|宣传栏|触摸屏|短信',
  ],
  ['weibo', '@[\\u4e00-\\u9fa5A-Za-z0-9_-]{2,20}'],
];

const KNOWN = new RegExp(LEXICON.map(([, s]) => `(${s})`).join('|'), 'g');
/** A platform the vocabulary does not know, recognised by what it does next. */
const UNKNOWN_END = /(?:平台|载体|号|端|屏)(?=\s*(?:主动)?(?:发布|公开|推送|刊发|播发|发表|更新|推出|发稿))/g;
const UNKNOWN_HINT = /平台|载体|号|端|屏/;
const NAME_CHAR = /[\u4e00-\u9fa5“”]/;
const LEFT_STOP =
  /(?:其中|通过|依托|利用|借助|运用|开设|开通|加强|累计|发布|推送|公开|在|于|向|和|及|与|或|等|、|，|,|：|:|；|\s{2,}|共|全年|年度?|月|日|为|对|将|由|是|我局|本局|分局|\d+\s*[个家条]?)/g;
const RIGHT_QUOTED = /^\s*“[^“”，。]{1,16}”/;
const RIGHT_NAME =
  /^(?:(?:(?!等|累计|共|实际|现有|各类|已|均|全|年|的|在|和|及|与|发布|粉丝|首发|回应|回复|后)[\u4e00-\u9fa5]){3,10}?(?=粉丝|关注|订阅|用户|发布|推送|阅读|浏览|累计|共|现有))/;

const KNOWN_ANY = new RegExp(KNOWN.source);
const UNKNOWN_ANY = new RegExp(UNKNOWN_END.source);

/**
 * Whether a text can hold a mention at all: false means findChannelMentions finds none in it
 * nor in any piece of it (a piece's match, lookaheads included, lies inside the text too).
 */
export function mayMentionChannel(text: string): boolean {
  return KNOWN_ANY.test(text) || UNKNOWN_ANY.test(text);
}

function labelStartOf(text: string, start: number): number {
  const from = Math.max(0, start - 14);
  const window = text.slice(from, start);
  let cut = 0;
  for (const m of window.matchAll(LEFT_STOP)) cut = m.index! + m[0].length;
  let s = from + cut;
  while (s < start && /\s/.test(text[s])) s++;
  return s;
}

function labelEndOf(text: string, m: Mention, limit: number): number {
  const after = text.slice(m.end, limit);
  // An unquoted name after the keyword only when no name stands before it.
  const name = RIGHT_QUOTED.exec(after) ?? (m.labelStart === m.start ? RIGHT_NAME.exec(after) : null);
  let e = name ? m.end + name[0].length : m.end;
  // Close a quote the label opened ("“@宝鸡公安”").
  const label = text.slice(m.labelStart, e);
  if (label.lastIndexOf('“') > label.lastIndexOf('”') && text[e] === '”' && e < limit) e++;
  return e;
}

export function findChannelMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  // exec on KNOWN itself: matchAll would copy this large expression for every clause.
  KNOWN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = KNOWN.exec(text))) {
    let i = 1;
    while (m[i] === undefined) i++;
    const start = m.index!;
    const end = start + m[0].length;
    mentions.push({ kind: LEXICON[i - 1][0], start, end, labelStart: start, labelEnd: end });
  }
  if (UNKNOWN_HINT.test(text)) findUnknown(text, mentions);
  mentions.forEach((m, i) => {
    if (m.labelStart === m.start) m.labelStart = labelStartOf(text, m.start);
    const limit = i + 1 < mentions.length ? mentions[i + 1].start : text.length;
    m.labelEnd = labelEndOf(text, m, limit);
  });
  return mentions;
}

/** Unknown platforms: a name of 2–12 characters ending in 平台/载体/号/端/屏, then a publishing verb; never over a known keyword. */
function findUnknown(text: string, mentions: Mention[]): void {
  let added = false;
  for (const m of text.matchAll(UNKNOWN_END)) {
    const end = m.index! + m[0].length;
    // The keyword belongs to a known mention ("政务公开平台发布"): the known one stands.
    if (mentions.some((k) => k.start < end && k.end > m.index!)) continue;
    let start = m.index!;
    let floor = Math.max(0, start - 12);
    for (const k of mentions) if (k.end <= start && k.end > floor) floor = k.end;
    while (start > floor && NAME_CHAR.test(text[start - 1])) start--;
    if (m.index! - start < 2) continue;
    const trimmed = trimLeft(text, start, end);
    if (end - trimmed < 3) continue;
    mentions.push({ kind: 'other', start: trimmed, end, labelStart: trimmed, labelEnd: end });
    added = true;
  }
  if (added) mentions.sort((a, b) => a.start - b.start);
}

/** Cut an unknown-platform match after the last stop word inside it ("其中深圳…平台" → "深圳…平台"). */
function trimLeft(text: string, start: number, end: number): number {
  let cut = start;
  for (const m of text.slice(start, end).matchAll(LEFT_STOP)) cut = start + m.index! + m[0].length;
  return cut;
}
