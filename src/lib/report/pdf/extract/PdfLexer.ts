/**
 * A byte lexer for PDF object syntax and content streams: numbers (read as pdfjs reads them, so
 * positions come out bit for bit the same), literal strings with their escapes, hex strings, names
 * with `#xx` escapes, the delimiters, and keywords / operators as `PdfCmd`. Strings are binary strings
 * (one char per byte). Anything malformed declines.
 */
import { decline } from './DeclinedPdf';
import { PdfCmd, PdfName } from './pdfValue';

export const EOF = Symbol('EOF');
export type PdfToken = number | string | PdfName | PdfCmd | typeof EOF;

/** Whitespace (0 = 1, else 0) and delimiters (2) by byte. */
const CLASS = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) CLASS[c] = 1;
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = 2;

/** Keywords of one and two ASCII bytes, by those bytes (`(b0 << 7) | b1`), filled as they are met. */
const ONE_BYTE_CMDS: (PdfCmd | undefined)[] = new Array(128).fill(undefined);
const TWO_BYTE_CMDS: (PdfCmd | undefined)[] = new Array(1 << 14).fill(undefined);
const SHORT_CMDS = new Map<number, PdfCmd>();
const LONG_CMDS = new Map<number, PdfCmd>();
const NAMES_BY_HASH = new Map<number, PdfName>();

/** A hash and a length → a small integer key (a V8 Smi: a Map finds it without a boxed number); the word is checked on a hit. */
const smiKey = (hash: number, length: number) => (hash ^ Math.imul(length, 0x9e3779b1)) & 0x3fffffff;

export const OPEN_ARRAY = PdfCmd.get('[');
export const CLOSE_ARRAY = PdfCmd.get(']');
export const OPEN_DICT = PdfCmd.get('<<');
export const CLOSE_DICT = PdfCmd.get('>>');

/** A hex string's bytes, a chunk at a time. */
const HEX_CODES = new Uint16Array(1024);

const hexValue = (c: number) =>
  c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 0x37 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;

export class PdfLexer {
  pos: number;
  constructor(
    readonly bytes: Uint8Array,
    start = 0,
    readonly end = bytes.length,
  ) {
    this.pos = start;
  }

  /** Skips whitespace and comments. */
  skipSpace(): void {
    const b = this.bytes;
    let p = this.pos;
    while (p < this.end) {
      const c = b[p];
      if (CLASS[c] === 1) p++;
      else if (c === 0x25) {
        while (p < this.end && b[p] !== 0x0a && b[p] !== 0x0d) p++;
      } else break;
    }
    this.pos = p;
  }

  token(): PdfToken {
    this.skipSpace();
    const b = this.bytes;
    if (this.pos >= this.end) return EOF;
    const c = b[this.pos];
    if ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e) return this.number();
    switch (c) {
      case 0x28:
        return this.literal();
      case 0x2f:
        return this.name();
      case 0x5b:
        this.pos++;
        return OPEN_ARRAY;
      case 0x5d:
        this.pos++;
        return CLOSE_ARRAY;
      case 0x3c:
        if (b[this.pos + 1] === 0x3c) {
          this.pos += 2;
          return OPEN_DICT;
        }
        return this.hex();
      case 0x3e:
        if (b[this.pos + 1] === 0x3e) {
          this.pos += 2;
          return CLOSE_DICT;
        }
        return decline('stray > in PDF syntax');
      case 0x7b:
      case 0x7d:
      case 0x29:
        return decline('unexpected delimiter in PDF syntax');
    }
    // A content stream's operators are one or two ASCII bytes: found in a table by those bytes.
    // Up to 6 bytes make a number key, so the others are found without building a string too;
    // longer ones (a CMap's `beginbfchar`, `endcodespacerange`) by a hash of their bytes, checked against the word.
    let p = this.pos;
    const c1 = p + 1 < this.end ? b[p + 1] : 0x20;
    if (CLASS[c1] !== 0 && c < 0x80) {
      const cmd = ONE_BYTE_CMDS[c];
      if (cmd) {
        this.pos = p + 1;
        return cmd;
      }
    } else if (c < 0x80 && c1 < 0x80 && (p + 2 >= this.end || CLASS[b[p + 2]] !== 0)) {
      const cmd = TWO_BYTE_CMDS[(c << 7) | c1];
      if (cmd) {
        this.pos = p + 2;
        return cmd;
      }
    }
    let key = 0;
    let hash = 0x811c9dc5;
    while (p < this.end && CLASS[b[p]] === 0) {
      key = key * 256 + b[p];
      hash = Math.imul(hash ^ b[p++], 0x01000193);
    }
    const length = p - this.pos;
    const short = length <= 6;
    if (!short) key = smiKey(hash, length);
    let cmd = short ? SHORT_CMDS.get(key) : LONG_CMDS.get(key);
    if (cmd && !short) {
      let same = cmd.cmd.length === length;
      for (let i = 0; i < length && same; i++) same = cmd.cmd.charCodeAt(i) === b[this.pos + i];
      if (!same) cmd = undefined;
    }
    if (!cmd) {
      let s = '';
      for (let i = this.pos; i < p; i++) s += String.fromCharCode(b[i]);
      cmd = PdfCmd.get(s);
      (short ? SHORT_CMDS : LONG_CMDS).set(key, cmd);
      if (length === 1 && b[this.pos] < 0x80) ONE_BYTE_CMDS[b[this.pos]] = cmd;
      else if (length === 2 && b[this.pos] < 0x80 && b[this.pos + 1] < 0x80) TWO_BYTE_CMDS[(b[this.pos] << 7) | b[this.pos + 1]] = cmd;
    }
    this.pos = p;
    return cmd;
  }

  /** pdfjs's Lexer.getNumber: digits accumulated, then divided by a power of ten. */
  private number(): number {
    const b = this.bytes;
    let p = this.pos;
    let sign = 1;
    let divideBy = 0;
    let ch = b[p];
    if (ch === 0x2d) {
      sign = -1;
      ch = b[++p];
      if (ch === 0x2d) ch = b[++p];
    } else if (ch === 0x2b) ch = b[++p];
    if (ch === 0x2e) {
      divideBy = 10;
      ch = b[++p];
    }
    if (!(ch >= 0x30 && ch <= 0x39)) return decline('malformed number');
    let value = ch - 0x30;
    while (++p < this.end) {
      ch = b[p];
      if (ch >= 0x30 && ch <= 0x39) {
        if (divideBy !== 0) divideBy *= 10;
        value = value * 10 + (ch - 0x30);
      } else if (ch === 0x2e) {
        if (divideBy === 0) divideBy = 1;
        else break;
      } else if (ch === 0x2d) return decline('minus sign inside a number');
      else break;
    }
    this.pos = p;
    if (divideBy !== 0) value /= divideBy;
    return sign * value;
  }

  private name(): PdfName {
    const b = this.bytes;
    const start = this.pos + 1;
    let p = start;
    // Names without escapes are found by a hash of their bytes (checked against the name), without building a string.
    let hash = 0x811c9dc5;
    while (p < this.end && CLASS[b[p]] === 0 && b[p] !== 0x23) hash = Math.imul(hash ^ b[p++], 0x01000193);
    if (p >= this.end || CLASS[b[p]] !== 0) {
      const length = p - start;
      const key = smiKey(hash, length);
      let n = NAMES_BY_HASH.get(key);
      if (n && n.name.length === length) {
        let same = true;
        for (let i = 0; i < length && same; i++) same = n.name.charCodeAt(i) === b[start + i];
        if (same) {
          this.pos = p;
          return n;
        }
      }
      let s = '';
      for (let i = start; i < p; i++) s += String.fromCharCode(b[i]);
      n = PdfName.get(s);
      NAMES_BY_HASH.set(key, n);
      this.pos = p;
      return n;
    }
    p = start;
    let s = '';
    while (p < this.end && CLASS[b[p]] === 0) {
      const c = b[p];
      if (c === 0x23 && p + 2 < this.end && hexValue(b[p + 1]) >= 0 && hexValue(b[p + 2]) >= 0) {
        s += String.fromCharCode((hexValue(b[p + 1]) << 4) | hexValue(b[p + 2]));
        p += 3;
      } else {
        s += String.fromCharCode(c);
        p++;
      }
    }
    this.pos = p;
    return PdfName.get(s);
  }

  private hex(): string {
    const b = this.bytes;
    let p = this.pos + 1;
    // The bytes gathered first and made one flat string (a glyph's `<0976>` is a font's cache key):
    // adding a character at a time made a string per character, joined when hashed.
    const codes = HEX_CODES;
    let n = 0;
    let s = '';
    let high = -1;
    for (; ; p++) {
      if (p >= this.end) return decline('unterminated hex string');
      const c = b[p];
      if (c === 0x3e) break;
      if (CLASS[c] === 1) continue;
      const v = hexValue(c);
      if (v < 0) return decline('bad hex string');
      if (high < 0) high = v;
      else {
        codes[n++] = (high << 4) | v;
        high = -1;
        if (n === codes.length) {
          s += String.fromCharCode.apply(null, codes as unknown as number[]);
          n = 0;
        }
      }
    }
    if (high >= 0) codes[n++] = high << 4;
    this.pos = p + 1;
    if (!s && n <= 2) return n === 2 ? String.fromCharCode(codes[0], codes[1]) : n ? String.fromCharCode(codes[0]) : '';
    return n ? s + String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]) : s;
  }

  private literal(): string {
    const b = this.bytes;
    let p = this.pos + 1;
    let depth = 1;
    let out = '';
    for (; ; ) {
      if (p >= this.end) return decline('unterminated string');
      let c = b[p++];
      if (c === 0x28) depth++;
      else if (c === 0x29) {
        if (--depth === 0) break;
      } else if (c === 0x5c) {
        c = b[p++];
        switch (c) {
          case 0x6e:
            c = 0x0a;
            break;
          case 0x72:
            c = 0x0d;
            break;
          case 0x74:
            c = 0x09;
            break;
          case 0x62:
            c = 0x08;
            break;
          case 0x66:
            c = 0x0c;
            break;
          case 0x0d:
            if (b[p] === 0x0a) p++;
            continue;
          case 0x0a:
            continue;
          default:
            if (c >= 0x30 && c <= 0x37) {
              let v = c - 0x30;
              for (let k = 0; k < 2 && b[p] >= 0x30 && b[p] <= 0x37; k++) v = (v << 3) + (b[p++] - 0x30);
              c = v;
            }
        }
      }
      out += String.fromCharCode(c);
    }
    this.pos = p;
    return out;
  }
}
