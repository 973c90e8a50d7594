import { describe, expect, it } from 'vitest';
import { DeclinedPdf } from './DeclinedPdf';
import { EOF, OPEN_ARRAY, OPEN_DICT, PdfLexer } from './PdfLexer';
import { PdfCmd, PdfName } from './pdfValue';

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const tokens = (s: string) => {
  const lexer = new PdfLexer(bytes(s));
  const out = [];
  for (let t = lexer.token(); t !== EOF; t = lexer.token()) out.push(t);
  return out;
};

describe('PdfLexer: PDF syntax as pdfjs reads it', () => {
  it('reads numbers digit by digit, then divides, as pdfjs does (same doubles)', () => {
    expect(tokens('16.0000305 -.5 +3 --2 .23999999 0 -0.24')).toEqual([160000305 / 10000000, -0.5, 3, -2, 23999999 / 100000000, 0, -24 / 100]);
  });

  it('reads literal strings with their escapes, nested parentheses and line continuations', () => {
    expect(tokens('(a\\(b\\)c) (x(y)z) (\\101\\61\\0) (tab\\there) (one\\\ntwo) (\\\\)')).toEqual(['a(b)c', 'x(y)z', 'A1\u0000', 'tab\there', 'onetwo', '\\']);
  });

  it('reads hex strings, an odd last digit padded with 0, whitespace ignored', () => {
    expect(tokens('<4E2D 6587> <41424>')).toEqual(['\x4e\x2d\x65\x87', 'AB@']);
  });

  it('reads names with #xx escapes, delimiters and operators', () => {
    expect(tokens('/A#20B/C [ << Tj T* >> ]')).toEqual([
      PdfName.get('A B'),
      PdfName.get('C'),
      OPEN_ARRAY,
      OPEN_DICT,
      PdfCmd.get('Tj'),
      PdfCmd.get('T*'),
      PdfCmd.get('>>'),
      PdfCmd.get(']'),
    ]);
  });

  it('skips comments', () => {
    expect(tokens('1 % a comment\n2')).toEqual([1, 2]);
  });

  it('declines what it does not read for sure: a minus inside a number, an unterminated string', () => {
    expect(() => tokens('1-2')).toThrow(DeclinedPdf);
    expect(() => tokens('(open')).toThrow(DeclinedPdf);
    expect(() => tokens('<4G>')).toThrow(DeclinedPdf);
  });
});
