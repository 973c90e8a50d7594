/**
 * Line-level text normalisation shared by every stage: traditional → simplified
 * (OpenCC), full-width digits and letters → ASCII, odd spaces → plain spaces.
 * Chinese punctuation is kept as is; matchers strip it where they need to.
 */
import { Converter, Locale } from 'opencc-js/t2cn';
import { convertByPieces } from './convertByPieces';
import { plainRadicals } from './plainRadicals';

let toSimplified: ((s: string) => string) | null = null;
let traditionalChars: Uint8Array | null = null;

/** Code points OpenCC's traditional → simplified dictionaries change (built once from OpenCC's own data). */
function traditionalCharSet(): Uint8Array {
  if (traditionalChars) return traditionalChars;
  const set = new Uint8Array(0x30000);
  // Each locale is a list of dictionary groups; each dictionary is a "from to|from to" string.
  const dicts = [...Locale.from.tw, ...Locale.to.cn].flat(2) as unknown[];
  for (const dict of dicts) {
    if (typeof dict !== 'string') continue;
    const entries = dict.split('|').map((e) => e.split(' '));
    for (const [from, to] of entries) {
      if (!from || from === to) continue;
      const cp = from.codePointAt(0)!;
      if ([...from].length === 1 && cp < set.length) set[cp] = 1;
    }
  }
  return (traditionalChars = set);
}

/** True when the text holds a character that OpenCC would convert to simplified. */
export function hasTraditional(text: string): boolean {
  const set = traditionalCharSet();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && set[c]) return true;
  }
  return false;
}

/**
 * Whether a document is written in traditional characters. Simplified text
 * holds a few characters OpenCC would convert (a stray 服務; and 乾 of 乾县 or 著
 * are simplified characters too, which OpenCC would wrongly turn into 干 and
 * 着); traditional text holds many different ones, and often.
 */
export function isTraditionalText(text: string): boolean {
  const set = traditionalCharSet();
  const distinct = new Set<number>();
  let cjk = 0;
  let traditional = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    cjk++;
    if (set[c]) {
      traditional++;
      if (distinct.size < MAX_DISTINCT_NEEDED) distinct.add(c);
    }
  }
  // A whole report needs 8 different ones; a sentence or two, fewer.
  const needed = Math.min(MAX_DISTINCT_NEEDED, Math.max(3, Math.floor(cjk / 20)));
  return distinct.size >= needed && traditional / cjk >= MIN_SHARE;
}

const MAX_DISTINCT_NEEDED = 8;
const MIN_SHARE = 0.02;

/** Lines repeat across reports (table labels, headings): their conversions are remembered, within a bound. */
const simplified = new Map<string, string>();
const SIMPLIFIED_CACHE_SIZE = 20000;

/** Pieces of lines between separators (convertByPieces), converted: they repeat across reports. */
const simplifiedPieces = new Map<string, string>();
const PIECE_CACHE_SIZE = 50000;

/**
 * Characters the converter's dictionaries never hold in a key (ASCII, and the Chinese
 * punctuation reports write between phrases), checked against OpenCC's own tw → cn data: the
 * safe places to cut a line into pieces. Ideographic description characters (U+2FF0–2FFF)
 * make OpenCC read the characters after them as one unit: a line holding one is converted whole.
 */
let separators: Uint8Array | null = null;
const CANDIDATE_SEPARATORS = '，。、；：（）“”《》！？';

function separatorSet(): Uint8Array {
  if (separators) return separators;
  const set = new Uint8Array(0x10000);
  for (let c = 0; c < 0x80; c++) set[c] = 1;
  for (const ch of CANDIDATE_SEPARATORS) set[ch.charCodeAt(0)] = 1;
  const { normalizationChain, segmentation, conversionChain } = Locale.configs.tw2s as Record<string, unknown>;
  for (const dict of [normalizationChain, segmentation, conversionChain].flat(3) as unknown[]) {
    const entries = typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ')[0]) : (dict as string[][]).map((e) => e[0]);
    for (const key of entries) for (let i = 0; i < key.length; i++) set[key.charCodeAt(i)] = 0;
  }
  return (separators = set);
}

const isSeparator = (c: number): boolean => separators![c] === 1;

function simplifyPiece(piece: string): string {
  const hit = simplifiedPieces.get(piece);
  if (hit !== undefined) return hit;
  const out = toSimplified!(piece);
  if (simplifiedPieces.size >= PIECE_CACHE_SIZE) simplifiedPieces.clear();
  simplifiedPieces.set(piece, out);
  return out;
}

function holdsDescriptionCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x2ff0 && c <= 0x2fff) return true;
  }
  return false;
}

/** Traditional → simplified with OpenCC; line breaks are left as they are. */
export function simplify(s: string): string {
  const hit = simplified.get(s);
  if (hit !== undefined) return hit;
  toSimplified ??= Converter({ from: 'tw', to: 'cn' });
  separatorSet();
  const out = holdsDescriptionCharacter(s) ? toSimplified(s) : convertByPieces(s, isSeparator, simplifyPiece);
  if (s.length <= 200) {
    if (simplified.size >= SIMPLIFIED_CACHE_SIZE) simplified.clear();
    simplified.set(s, out);
  }
  return out;
}

/** Any character one of the rewrites of normalizeWidths would touch: most lines have none. */
const NEEDS_WIDTHS = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0e\uff0b\uff0d\uff0f\u00a0\u2002-\u200b\u3000\ufeff\u2e80-\u2ef3\u2f00-\u2fd5]/;

/**
 * Full-width digits and letters → ASCII, odd spaces → plain spaces (characters already simplified):
 * ０-９ Ａ-Ｚ ａ-ｚ ％ ． ＋ － ／ → ASCII; U+00A0, U+2002–200A, U+3000 → a space; U+200B, U+FEFF →
 * nothing. Kangxi radicals and CJK radical supplements (U+2E80–2EF3, U+2F00–2FD5) become the
 * characters they look like: PDF printers (Chromium's "Save as PDF" with Noto CJK among them) map
 * glyphs back to them (⼀ ⼆ ⾏ ⼯ for 一 二 行 工, ⻚ for 页): plainRadicals gives the character.
 */
export function normalizeWidths(line: string): string {
  if (!NEEDS_WIDTHS.test(line)) return line;
  // One pass doing the three rewrites (full widths, odd spaces, radicals): what one gives, the next never touches.
  let out = '';
  let from = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    let by: string;
    if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) || c === 0xff05 || c === 0xff0e || c === 0xff0b || c === 0xff0d || c === 0xff0f)
      by = String.fromCharCode(c - 0xfee0);
    else if (c === 0x200b || c === 0xfeff) by = '';
    else if (c === 0x00a0 || (c >= 0x2002 && c <= 0x200a) || c === 0x3000) by = ' ';
    else if ((c >= 0x2e80 && c <= 0x2ef3) || (c >= 0x2f00 && c <= 0x2fd5)) by = plainRadicals(line[i]);
    else continue;
    out += line.slice(from, i) + by;
    from = i + 1;
  }
  return out + line.slice(from);
}

/** Normalise one line on its own: simplified characters, ASCII digits, plain spaces. */
export function normalizeLine(raw: string): string {
  return normalizeWidths(hasTraditional(raw) ? simplify(raw) : raw);
}
