/**
 * The agency's full name. Titles often shorten it (`公安局`, `经开区公安分局`);
 * the body usually names the agency in full (`济源示范区公安局`,
 * `淄博市公安局经开区分局`). A body name is preferred when it is longer and
 * holds the title's distinctive words in order; names inside 《》 are titles of
 * documents and do not count.
 */
import { placeStart, startsWithPlace } from './placeNames';
import type { TextDocument } from './textDocument';

/**
 * What ends an agency's name. Suffixes that also start everyday words are guarded:
 * 政府信息 (not 政府), 所列/所有 (not 所), 处理/处罚 (not 处), 委托/委员 (not 委).
 */
const ORG_SUFFIX =
  '(?:公安分局|公安局|分局|派出所|支队|大队|总队|局|厅|委员会|委(?![托员])|办公室|人民政府(?!信息)|政府(?!信息)|中心|院|署|所(?![列有在属得需示以谓提述])|处(?![理置罚分]))';
/** An agency name: up to 18 characters before a suffix, and an optional second suffix (公安局 … 分局). */
const ORG_NAME = new RegExp(`[\\u4e00-\\u9fa5]{1,18}?${ORG_SUFFIX}(?:[\\u4e00-\\u9fa5]{1,8}?${ORG_SUFFIX})?`, 'g');
/** A line without any of these cannot hold an agency name. */
const ORG_CHARS = /[局厅委办府心院署所处队]/;
const GENERIC = /公安|分局|局|市|县|区|省|委员会|办公室|人民政府|政府/g;
const BOOK_TITLE = /《[^》]*》/g;
/** Words that open a clause and get glued before a name in running text (none can start a place name). */
const LEADING_NOISE = /^(?:今年来|今年|请与|请|按照|根据|依据|通过|截至|其中|配合|积极|协助|会同|联合|组织|要求|我|由|在|对|向|与|及|为|是|的)+/;

export interface AgencyNames {
  name: string;
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
    if (second && second.index - end <= 8 && SUB_UNIT.test(second[0])) end = second.index + second[0].length;
    const raw = piece.slice(start, end);
    const at = placeStart(raw);
    const name = at > 0 ? raw.slice(at) : raw.replace(LEADING_NOISE, '');
    if (name.length >= 4 && name.length <= 24) add(name);
    from = end;
  }
}

function namesIn(text: string, add: (name: string) => void): void {
  for (const piece of text.split(/[^\u4e00-\u9fa5]+/)) if (piece.length > 1) namesInPiece(piece, add);
}

interface BodyNames {
  /** Names in running text, with their counts. */
  counts: Map<string, number>;
  /** Names at the start of document titles (《济源市公安局政务公开工作方案》): the agency's own documents. */
  inTitles: Set<string>;
}

/** Lines read for names: the opening prose names the agency; the end signs it. */
const OPENING_LINES = 80;
const CLOSING_LINES = 15;

/** Names live in prose: table rows (tab or pipe cells) are skipped. */
function bodyNames(doc: TextDocument, from: number): BodyNames {
  const counts = new Map<string, number>();
  const inTitles = new Set<string>();
  const n = doc.lines.length;
  for (let i = from; i < n; i++) {
    if (i === from + OPENING_LINES && i < n - CLOSING_LINES) i = n - CLOSING_LINES;
    const raw = doc.lines[i].text;
    if (raw.includes('\t') || raw.includes('|') || !ORG_CHARS.test(raw)) continue;
    const text = raw.replace(/\s+/g, '');
    for (const title of text.match(BOOK_TITLE) ?? []) {
      const first = ORG_NAME.exec(title.slice(1));
      ORG_NAME.lastIndex = 0;
      if (first?.index === 0) inTitles.add(first[0]);
    }
    namesIn(text.replace(BOOK_TITLE, '，'), (n) => counts.set(n, (counts.get(n) ?? 0) + 1));
  }
  return { counts, inTitles };
}

function sameOrgKind(a: string, b: string): boolean {
  const kind = (s: string) => (/分局$/.test(s) ? '分局' : /公安局$/.test(s) ? '公安局' : s.slice(-1));
  return kind(a) === kind(b);
}

/** The agency's name from the title's words and the names the text gives (the title's own line included). */
export function inferAgencyName(doc: TextDocument, titleAgency: string | null): AgencyNames | null {
  const { counts, inTitles } = bodyNames(doc, 0);
  const title = titleAgency ?? '';
  const titleCore = core(title);
  const compatible = [...counts.entries()].filter(
    ([n]) => n !== title && n.length > title.length && sameOrgKind(n, title || n) && holdsInOrder(n, titleCore) && n.endsWith(title.slice(-2)),
  );
  // Score a candidate by its own mentions plus mentions of shorter names it ends with.
  const score = (n: string) =>
    [...counts.entries()].reduce((s, [m, c]) => s + (m === n || (n.endsWith(m) && m.length < n.length) ? c : 0), 0);
  const rank = (a: [string, number], b: [string, number]) => score(b[0]) - score(a[0]) || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1);
  let name = title;
  if (title && !startsWithPlace(title) && compatible.length) name = compatible.sort(rank)[0][0];
  if (!name) {
    // No title: the agency the body names most, preferring names that open with a place.
    const all = [...counts.entries()];
    const placed = all.filter(([n]) => startsWithPlace(n));
    const ranked = (placed.length ? placed : all).sort(rank);
    if (!ranked.length) return null;
    name = ranked[0][0];
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
  return { name: written, aliases: [...aliases].sort(), ...(written !== name ? { simplifiedName: name } : {}) };
}

/** The source characters behind a name found in the normalised text, where the line maps one to one. */
function asWritten(doc: TextDocument, name: string): string {
  for (const line of doc.lines) {
    const at = line.text.indexOf(name);
    if (at >= 0 && line.raw.length === line.text.length) return line.raw.slice(at, at + name.length);
  }
  return name;
}
