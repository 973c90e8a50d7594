/**
 * The agency's full name. Titles often shorten it (`公安局`, `经开区公安分局`);
 * the body usually names the agency in full (`济源示范区公安局`,
 * `淄博市公安局经开区分局`). A body name is preferred when it is longer and
 * holds the title's distinctive words in order; names inside 《》 are titles of
 * documents and do not count.
 */
import { placeStart, startsWithPlace } from './placeNames';
import type { TextDocument } from './textDocument';
import { plainRadicals } from './plainRadicals';
import { withoutSpaces } from './withoutSpaces';

/**
 * What ends an agency's name. Suffixes that also start everyday words are guarded:
 * 政府信息 (not 政府), 所列/所有 (not 所), 处理/处罚 (not 处), 委托/委员 (not 委), 管委会 (not 管委).
 */
const ORG_SUFFIX =
  '(?:公安分局|公安局|分局|派出所|支队|大队|总队|局|厅|委员会|管委会|委(?![托员会])|办公室|人民政府(?!信息)|政府(?!信息)|中心|院|署|所(?![列有在属得需示以谓提述])|处(?![理置罚分]))';
/** An agency name: up to 18 characters before a suffix, and an optional second suffix (公安局 … 分局). */
const ORG_NAME = new RegExp(`[\\u4e00-\\u9fa5]{1,18}?${ORG_SUFFIX}(?:[\\u4e00-\\u9fa5]{1,8}?${ORG_SUFFIX})?`, 'g');
/** A line without any of these cannot hold an agency name. */
const ORG_CHARS = /[局厅委办府心院署所处队]/;
const GENERIC = /公安|分局|局|市|县|区|省|委员会|办公室|人民政府|政府/g;
const BOOK_TITLE = /《[^》]*》/g;
/** The report speaking of itself: 我局/本局 say the agency's name ends in 局, 我委 in 委 or 委员会 … */
const SELF = /(?:我|本)(局|厅|委|办|院|中心|站|所|队)(?![长里内面部])/g;
const SELF_END: Record<string, RegExp> = {
  局: /局$/, 厅: /厅$/, 委: /(?:委|委员会)$/, 办: /(?:办|办公室)$/, 院: /院$/, 中心: /中心$/, 站: /站$/, 所: /所$/, 队: /队$/,
};
/** A name a signature or page metadata gives must end in an organ word. */
const ORG_END = new RegExp(`${ORG_SUFFIX}$|(?:管委会|委员会|站|队)$`);
/** 在市委、市政府和市公安局的正确领导下 / 在区政务公开办的指导下: the bodies above the agency, not the agency. */
const DIRECTED_BY = /在[^，。；：]{1,60}?(?:的)?(?:正确|大力|精心|具体|有力)?(?:领导|指导|监督|部署|统筹|关心|支持)下/g;
/** Words of prose or of an address, never inside an agency's name (认真贯彻落实…局, …金井湾片区管委). */
const NOT_IN_NAMES = /政府信息|贯彻|落实|规范|做好|推进|加强|下一步|认真|深入|严格|按照|坚持|进一步|开展|片区|报告|信息公开|公开工作|我局|本局/;
/** Words that open a clause and get glued before a name in running text (none can start a place name). */
const LEADING_NOISE = /^(?:今年来|今年|请与|请|按照|根据|依据|通过|截至|其中|配合|积极|协助|会同|联合|组织|要求|我|由|在|对|向|与|及|为|是|的)+/;

export interface AgencyNames {
  name: string;
  /**
   * Set when no title, signature or page metadata gives the name whole: the reason, for a
   * warning (the name came from the prose, or is the title's words without a place).
   */
  unsure?: string;
  aliases: string[];
  /** Set when `name` is written in traditional characters: the simplified form. */
  simplifiedName?: string;
}

/** Distinctive characters of a name: what is left without generic words. */
function core(name: string): string {
  return name.replace(GENERIC, '');
}

function holdsInOrder(haystack: string, needle: string): boolean {
  let i = 0;
  for (const ch of haystack) if (ch === needle[i]) i++;
  return i === needle.length;
}

const SUFFIX = new RegExp(ORG_SUFFIX, 'g');
const SUB_UNIT = /^(?:公安分局|分局|公安局|局|支队|大队|总队|派出所)$/;

/**
 * What ORG_NAME finds in a run of Chinese characters, without its lazy prefix
 * retrying at every position: each name runs from the end of the previous one
 * (at most 18 characters back) to the next suffix, plus an optional second
 * suffix within 8 characters (公安局 … 分局).
 */
function namesInPiece(piece: string, add: (name: string) => void): void {
  let from = 0;
  while (from < piece.length) {
    SUFFIX.lastIndex = from + 1;
    const first = SUFFIX.exec(piece);
    if (!first) return;
    const start = Math.max(from, first.index - 18);
    let end = first.index + first[0].length;
    SUFFIX.lastIndex = end + 1;
    const second = SUFFIX.exec(piece);
    // A second level of the same body (公安局 … 分局/支队), not an office inside it (办公室).
    if (second && second.index - end <= 12 && SUB_UNIT.test(second[0])) end = second.index + second[0].length;
    const raw = piece.slice(start, end);
    const at = placeStart(raw);
    const name = at > 0 ? raw.slice(at) : raw.replace(LEADING_NOISE, '');
    if (name.length >= 4 && name.length <= 24 && !NOT_IN_NAMES.test(name)) add(name);
    from = end;
  }
}

function namesIn(text: string, add: (name: string) => void): void {
  for (const piece of text.split(/[^\u4e00-\u9fa5]+/)) if (piece.length > 1) namesInPiece(piece, add);
}

interface BodyNames {
  /** Names in running text, with their counts. */
  counts: Map<string, number>;
  /** What the report calls itself (我局, 本局, 我委 …) → count: the kind of organ it is. */
  selves: Map<string, number>;
  /** Names at the start of document titles (《济源市公安局政务公开工作方案》): the agency's own documents. */
  inTitles: Set<string>;
}

/** Lines read for names: the opening prose names the agency; the end signs it. */
const OPENING_LINES = 80;
const CLOSING_LINES = 15;

/** Names live in prose: table rows (tab or pipe cells) are skipped. */
function bodyNames(doc: TextDocument, from: number): BodyNames {
  const counts = new Map<string, number>();
  const selves = new Map<string, number>();
  const inTitles = new Set<string>();
  const n = doc.lines.length;
  for (let i = from; i < n; i++) {
    if (i === from + OPENING_LINES && i < n - CLOSING_LINES) i = n - CLOSING_LINES;
    const raw = doc.lines[i].text;
    if (raw.includes('\t') || raw.includes('|') || !ORG_CHARS.test(raw)) continue;
    // Each rewrite and search only where its pattern's first character is (在…下, 《…》, 我/本).
    const compact = withoutSpaces(raw);
    const text = compact.includes('在') ? compact.replace(DIRECTED_BY, '，') : compact;
    const titled = text.includes('《');
    if (titled)
      for (const title of text.match(BOOK_TITLE) ?? []) {
        const first = ORG_NAME.exec(title.slice(1));
        ORG_NAME.lastIndex = 0;
        if (first?.index === 0) inTitles.add(first[0]);
      }
    namesIn(titled ? text.replace(BOOK_TITLE, '，') : text, (n) => counts.set(n, (counts.get(n) ?? 0) + 1));
    if (text.includes('我') || text.includes('本')) {
      // exec on SELF itself: matchAll would copy the expression for every line.
      SELF.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = SELF.exec(text))) selves.set(m[1], (selves.get(m[1]) ?? 0) + 1);
    }
  }
  return { counts, selves, inTitles };
}

function sameOrgKind(a: string, b: string): boolean {
  const kind = (s: string) => (/分局$/.test(s) ? '分局' : /公安局$/.test(s) ? '公安局' : s.slice(-1));
  return kind(a) === kind(b);
}

/** The most frequent self-reference (我局 …), or null. */
function selfKind(selves: Map<string, number>): string | null {
  let best: string | null = null;
  for (const [k, c] of selves) if (!best || c > selves.get(best)!) best = k;
  return best;
}

/** A province, prefecture or city before a county-level name: 淮安市 in 淮安市洪泽区人民政府. */
const PARENT_PLACE = /^[\u4e00-\u9fa5]{1,10}?(?:省|自治区|市|自治州|州|盟|地区)$/;

/**
 * A title that starts with a county-level place (洪泽区人民政府) where the body names the same
 * body under its parent place too (本报告由淮安市洪泽区人民政府办公室编制): the fuller, official
 * form, which other years' titles use. Only a place prefix is added, never other words; body
 * names never hold prose words (namesInPiece drops them).
 */
function withParentPlace(title: string, counts: Map<string, number>): string {
  let best = title;
  for (const n of counts.keys()) {
    if (n.length <= best.length || !n.endsWith(title)) continue;
    const parent = n.slice(0, n.length - title.length);
    if (PARENT_PLACE.test(parent) && startsWithPlace(parent)) best = n;
  }
  return best;
}

/**
 * The agency's name: the title's words when they start with a place (with their parent place
 * where the body writes it); else a name the page's
 * metadata or signature gives (`confirmed`) that holds the title's words; else the body's
 * fuller form of the title's words; else the title's words as they are. With no title, a
 * confirmed name, or the name the body gives most — then `unsure` says so.
 */
export function inferAgencyName(doc: TextDocument, titleAgency: string | null, confirmed: (string | null)[] = []): AgencyNames | null {
  const { counts, selves, inTitles } = bodyNames(doc, 0);
  const title = titleAgency ?? '';
  const titleCore = core(title);
  const compatible = [...counts.entries()].filter(
    ([n]) => n !== title && n.length > title.length && sameOrgKind(n, title || n) && holdsInOrder(n, titleCore) && n.endsWith(title.slice(-2)),
  );
  // The body's fuller form that replaces the title's words starts with a place: words glued
  // before a name in run-together text (（一）政府信息管理 + 经开区公安分局…) do not make one.
  const placedCompatible = compatible.filter(([n]) => startsWithPlace(n));
  // Score a candidate by its own mentions plus mentions of shorter names it ends with.
  const score = (n: string) =>
    [...counts.entries()].reduce((s, [m, c]) => s + (m === n || (n.endsWith(m) && m.length < n.length) ? c : 0), 0);
  const rank = (a: [string, number], b: [string, number]) => score(b[0]) - score(a[0]) || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1);
  const whole = confirmed.filter(
    (n): n is string => !!n && startsWithPlace(n) && ORG_END.test(n) && !NOT_IN_NAMES.test(n) && (!title || holdsInOrder(n, titleCore)),
  );
  let name = title;
  let unsure: string | undefined;
  if (title && startsWithPlace(title)) name = withParentPlace(title, counts);
  if (title && !startsWithPlace(title)) {
    if (whole.length) name = whole[0];
    else if (placedCompatible.length) name = placedCompatible.sort(rank)[0][0];
    else unsure = `机关名称仅取自标题，未含地名：${title}`;
  }
  if (!name && whole.length) name = whole[0];
  if (!name) {
    // No title: the agency the body names most, preferring names that open with a place,
    // of the kind the report calls itself (a report saying 我局 is a 局's).
    const self = selfKind(selves);
    const all = [...counts.entries()].filter(([n]) => !self || SELF_END[self].test(n));
    const placed = all.filter(([n]) => startsWithPlace(n));
    // A name without a place is taken only when the body uses it again (区公安分局 in a district's
    // report): one mention in passing (加大政府网站 → 加大政府) is a phrase, not a name.
    const ranked = (placed.length ? placed : all.filter(([n]) => score(n) >= 2)).sort(rank);
    if (!ranked.length) return null;
    name = ranked[0][0];
    unsure = `机关名称取自正文，标题和落款未给出：${name}`;
  }
  // An alias names the same agency distinctively: not a bare `公安局`, not the name with words glued before it.
  const aliases = new Set<string>();
  const isAlias = (n: string) => n !== name && core(n).length >= 2 && !n.endsWith(name);
  if (title && isAlias(title)) aliases.add(title);
  if (title) for (const [n] of compatible) if (isAlias(n)) aliases.add(n);
  // The agency's own documents may carry its other name: 《济源市公安局…方案》 in a report of 济源示范区公安局.
  const nameCore = core(name);
  for (const n of inTitles)
    if (isAlias(n) && sameOrgKind(n, name) && core(n).length >= 2 && holdsInOrder(nameCore, core(n))) aliases.add(n);
  // The name as the report writes it (廣州市公安局 in a traditional report); the simplified form stays as an alias.
  const written = asWritten(doc, name);
  if (written !== name) {
    aliases.delete(written);
    aliases.add(name);
  }
  return {
    name: written,
    aliases: [...aliases].sort(),
    ...(written !== name ? { simplifiedName: name } : {}),
    ...(unsure ? { unsure: unsure.replace(name, written) } : {}),
  };
}

/**
 * The source characters behind a name found in the normalised text, where the line maps one to
 * one — radicals standing for ordinary characters (济源⽰范区, from a PDF's text) made plain.
 */
function asWritten(doc: TextDocument, name: string): string {
  for (const line of doc.lines) {
    const at = line.text.indexOf(name);
    if (at >= 0 && line.raw.length === line.text.length) return plainRadicals(line.raw.slice(at, at + name.length));
  }
  return name;
}
