/**
 * One object of PDF syntax from the lexer's position: numbers, strings, names, booleans, null,
 * arrays, dictionaries and (where `refs` is set, i.e. outside content streams) indirect references
 * `n g R`. A dictionary followed by `stream` is not read here: `readIndirect` does that.
 */
import { decline } from './DeclinedPdf';
import { CLOSE_ARRAY, CLOSE_DICT, EOF, OPEN_ARRAY, OPEN_DICT, type PdfLexer, type PdfToken } from './PdfLexer';
import { PdfCmd, PdfLazy, PdfName, PdfRef, type PdfDict, type PdfValue } from './pdfValue';

/** Dictionary entries left unparsed until read (see `PdfLazy`). */
const LAZY_KEYS = new Set(['CharProcs', 'Encoding', 'Differences']);

const R = PdfCmd.get('R');
const TRUE = PdfCmd.get('true');
const FALSE = PdfCmd.get('false');
const NULL = PdfCmd.get('null');

export function parseObject(lexer: PdfLexer, refs: boolean, first: PdfToken = lexer.token()): PdfValue {
  const t = first;
  if (typeof t === 'number') {
    if (refs && Number.isInteger(t) && t >= 0) {
      const at = lexer.pos;
      const quick = refAhead(lexer);
      if (quick === false) {
        lexer.pos = at;
        return t;
      }
      if (quick !== null) return new PdfRef(t, quick);
      lexer.pos = at;
      const gen = lexer.token();
      if (typeof gen === 'number' && Number.isInteger(gen) && gen >= 0) {
        if (lexer.token() === R) return new PdfRef(t, gen);
      }
      lexer.pos = at;
    }
    return t;
  }
  if (typeof t === 'string' || t instanceof PdfName) return t;
  if (t === OPEN_ARRAY) {
    // Numbers are taken as they come (a font's /Widths holds hundreds), and `n g R` made a
    // reference when its R arrives: each number lexed once, with no look-ahead.
    const items: PdfValue[] = [];
    for (;;) {
      const n = lexer.token();
      if (n === CLOSE_ARRAY) return items;
      if (n === EOF) return decline('unterminated array');
      if (typeof n === 'number') items.push(n);
      else if (n === R && refs && isRefStart(items)) {
        const gen = items.pop() as number;
        items.push(new PdfRef(items.pop() as number, gen));
      } else items.push(parseObject(lexer, refs, n));
    }
  }
  if (t === OPEN_DICT) {
    const dict: PdfDict = new Map();
    for (;;) {
      const k = lexer.token();
      if (k === CLOSE_DICT) return dict;
      if (!(k instanceof PdfName)) return decline('dictionary key is not a name');
      if (refs && LAZY_KEYS.has(k.name)) {
        const at = lexer.pos;
        if (skipContainer(lexer)) {
          dict.set(k.name, new PdfLazy(lexer.bytes, at));
          continue;
        }
      }
      dict.set(k.name, parseObject(lexer, refs));
    }
  }
  if (t === TRUE) return true;
  if (t === FALSE) return false;
  if (t === NULL) return null;
  return decline(`unexpected ${t === EOF ? 'end of data' : (t as PdfCmd).cmd} in PDF syntax`);
}

/** Whether an array's last two items are the `num gen` of a reference: non-negative integers, as the look-ahead takes them. */
function isRefStart(items: PdfValue[]): boolean {
  const k = items.length;
  if (k < 2) return false;
  const num = items[k - 2];
  const gen = items[k - 1];
  return typeof num === 'number' && typeof gen === 'number' && Number.isInteger(num) && num >= 0 && Number.isInteger(gen) && gen >= 0;
}

/**
 * After an integer, whether `gen R` follows, read from the bytes without lexing them: the
 * generation (the lexer moved past `R`), false when no reference follows, null when the bytes are
 * not the plain case (digits, whitespace, `R`) and the tokens must decide. An array of widths is
 * thus lexed once, not three times over.
 */
function refAhead(lexer: PdfLexer): number | false | null {
  lexer.skipSpace();
  const b = lexer.bytes;
  const end = lexer.end;
  let p = lexer.pos;
  if (p >= end) return false;
  let c = b[p];
  if (!(c >= 0x30 && c <= 0x39)) return c === 0x2d || c === 0x2b || c === 0x2e ? null : false;
  let gen = 0;
  while (p < end && (c = b[p]) >= 0x30 && c <= 0x39) {
    gen = gen * 10 + (c - 0x30);
    p++;
  }
  if (p >= end) return false;
  c = b[p];
  if (CLASS_SPACE[c] !== 1) return CLASS_SPACE[c] === 2 && c !== 0x25 ? false : null;
  while (p < end && CLASS_SPACE[b[p]] === 1) p++;
  if (p >= end) return false;
  c = b[p];
  if (c === 0x25) return null;
  if (c !== 0x52) return false;
  if (p + 1 < end && CLASS_SPACE[b[p + 1]] === 0) return false;
  lexer.pos = p + 1;
  return gen;
}

/** Whitespace (1) and delimiters (2) by byte, as the lexer classes them. */
const CLASS_SPACE = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) CLASS_SPACE[c] = 1;
for (const c of '()<>[]{}/%') CLASS_SPACE[c.charCodeAt(0)] = 2;

/**
 * Moves past an array or dictionary at the lexer's position without building it: brackets and
 * `<< >>` counted, strings, hex strings and comments stepped over. False (the lexer unmoved) for
 * any other value.
 */
function skipContainer(lexer: PdfLexer): boolean {
  lexer.skipSpace();
  const b = lexer.bytes;
  let p = lexer.pos;
  if (!(b[p] === 0x5b || (b[p] === 0x3c && b[p + 1] === 0x3c))) return false;
  let depth = 0;
  while (p < lexer.end) {
    const c = b[p];
    if (c === 0x5b) {
      depth++;
      p++;
    } else if (c === 0x5d) {
      depth--;
      p++;
    } else if (c === 0x3c && b[p + 1] === 0x3c) {
      depth++;
      p += 2;
    } else if (c === 0x3e && b[p + 1] === 0x3e) {
      depth--;
      p += 2;
    } else if (c === 0x3c) {
      while (p < lexer.end && b[p] !== 0x3e) p++;
      p++;
    } else if (c === 0x28) {
      let nest = 0;
      for (; p < lexer.end; p++) {
        if (b[p] === 0x5c) p++;
        else if (b[p] === 0x28) nest++;
        else if (b[p] === 0x29 && --nest === 0) break;
      }
      p++;
    } else if (c === 0x25) {
      while (p < lexer.end && b[p] !== 0x0a && b[p] !== 0x0d) p++;
    } else p++;
    if (depth === 0) {
      lexer.pos = p;
      return true;
    }
  }
  return decline('unterminated array or dictionary');
}
