/**
 * One object of PDF syntax from the lexer's position: numbers, strings, names, booleans, null,
 * arrays, dictionaries and (where `refs` is set, i.e. outside content streams) indirect references
 * `n g R`. A dictionary followed by `stream` is not read here: `readIndirect` does that.
 */
import { decline } from './DeclinedPdf';
import { CLOSE_ARRAY, CLOSE_DICT, EOF, OPEN_ARRAY, OPEN_DICT, type PdfLexer, type PdfToken } from './PdfLexer';
import { PdfCmd, PdfName, PdfRef, type PdfDict, type PdfValue } from './pdfValue';

const R = PdfCmd.get('R');
const TRUE = PdfCmd.get('true');
const FALSE = PdfCmd.get('false');
const NULL = PdfCmd.get('null');

export function parseObject(lexer: PdfLexer, refs: boolean, first: PdfToken = lexer.token()): PdfValue {
  const t = first;
  if (typeof t === 'number') {
    if (refs && Number.isInteger(t) && t >= 0) {
      const at = lexer.pos;
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
    const items: PdfValue[] = [];
    for (;;) {
      const n = lexer.token();
      if (n === CLOSE_ARRAY) return items;
      if (n === EOF) return decline('unterminated array');
      items.push(parseObject(lexer, refs, n));
    }
  }
  if (t === OPEN_DICT) {
    const dict: PdfDict = new Map();
    for (;;) {
      const k = lexer.token();
      if (k === CLOSE_DICT) return dict;
      if (!(k instanceof PdfName)) return decline('dictionary key is not a name');
      dict.set(k.name, parseObject(lexer, refs));
    }
  }
  if (t === TRUE) return true;
  if (t === FALSE) return false;
  if (t === NULL) return null;
  return decline(`unexpected ${t === EOF ? 'end of data' : (t as PdfCmd).cmd} in PDF syntax`);
}
