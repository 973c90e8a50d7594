/**
 * A font's `/ToUnicode` CMap → the text of each character code: `bfchar`, `bfrange` (a start string
 * counted up in its last byte, as pdfjs counts, or an array of strings), destinations decoded as
 * UTF-16BE with surrogate pairs. The code length is the font's (1 byte, or 2 for Identity-H), so the
 * codespace ranges are not needed. A `usecmap`, a CID mapping, or anything malformed declines.
 */
import { decline } from './DeclinedPdf';
import { EOF, PdfLexer } from './PdfLexer';
import { PdfCmd } from './pdfValue';

/** Wider ranges (pdfjs allows 2²⁴ codes) are declined: no font here has more than 2¹⁶ codes, and a huge range is a memory bomb. */
const MAX_RANGE = 0xffff;
const OPEN = PdfCmd.get('[');
const CLOSE = PdfCmd.get(']');

const codeOf = (s: string) => {
  let v = 0;
  for (let i = 0; i < s.length; i++) v = v * 256 + s.charCodeAt(i);
  return v;
};

/** UTF-16BE bytes (a binary string) → text; an odd length gets a leading zero byte, as pdfjs does. */
function utf16(token: string): string {
  if (token.length % 2 !== 0) token = '\u0000' + token;
  if (token.length === 2) {
    // One UTF-16 unit, the usual case: no array to build.
    const w = (token.charCodeAt(0) << 8) | token.charCodeAt(1);
    if ((w & 0xf800) !== 0xd800) return String.fromCharCode(w);
  }
  const points: number[] = [];
  for (let k = 0; k < token.length; k += 2) {
    const w1 = (token.charCodeAt(k) << 8) | token.charCodeAt(k + 1);
    if ((w1 & 0xf800) !== 0xd800) {
      points.push(w1);
      continue;
    }
    k += 2;
    const w2 = (token.charCodeAt(k) << 8) | token.charCodeAt(k + 1);
    points.push(((w1 & 0x3ff) << 10) + (w2 & 0x3ff) + 0x10000);
  }
  return String.fromCodePoint(...points);
}

export function parseToUnicode(bytes: Uint8Array): Map<number, string> {
  // Each code's text decoded as it is set (a later entry for a code replaces an earlier one, as before).
  const map = new Map<number, string>();
  const lexer = new PdfLexer(bytes);
  const str = () => {
    const t = lexer.token();
    return typeof t === 'string' ? t : decline('bad ToUnicode entry');
  };
  for (;;) {
    const t = lexer.token();
    if (t === EOF) break;
    if (!(t instanceof PdfCmd)) continue;
    if (t.cmd === 'endcmap') break;
    if (t.cmd === 'usecmap' || t.cmd === 'begincidchar' || t.cmd === 'begincidrange') decline(`ToUnicode with ${t.cmd}`);
    if (t.cmd === 'beginbfchar') {
      for (;;) {
        const s = lexer.token();
        if (s instanceof PdfCmd && s.cmd === 'endbfchar') break;
        if (typeof s !== 'string') return decline('bad bfchar');
        map.set(codeOf(s), utf16(str()));
      }
    } else if (t.cmd === 'beginbfrange') {
      for (;;) {
        const s = lexer.token();
        if (s instanceof PdfCmd && s.cmd === 'endbfrange') break;
        if (typeof s !== 'string') return decline('bad bfrange');
        let low = codeOf(s);
        const high = codeOf(str());
        if (high - low > MAX_RANGE) decline('bfrange too large');
        const dst = lexer.token();
        if (typeof dst === 'string') {
          let d = dst;
          const last = d.length - 1;
          while (low <= high) {
            map.set(low++, utf16(d));
            const next = d.charCodeAt(last) + 1;
            d = next > 0xff ? d.substring(0, last - 1) + String.fromCharCode(d.charCodeAt(last - 1) + 1) + '\x00' : d.substring(0, last) + String.fromCharCode(next);
          }
        } else if (dst === OPEN) {
          for (;;) {
            const e = lexer.token();
            if (e === CLOSE) break;
            if (typeof e !== 'string') return decline('bad bfrange array');
            if (low <= high) map.set(low++, utf16(e));
          }
        } else decline('bad bfrange destination');
      }
    }
  }
  return map;
}
