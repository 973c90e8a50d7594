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

  it('reads hex strings of any length the same: empty, one byte, two, and longer than its 1,024-byte chunk', () => {
    const long = Array.from({ length: 2500 }, (_, i) => i % 256);
    const hexOf = (codes: number[]) => `<${codes.map((c) => c.toString(16).padStart(2, '0')).join('')}>`;
    expect(tokens(`<> <7> <0976> ${hexOf(long)}`)).toEqual(['', 'p', '\x09\x76', String.fromCharCode(...long)]);
  });

  it('finds keywords of one, two and more bytes wherever they end: before a delimiter, a space, or the data’s end', () => {
    const [q, Tj, TStar, quote, BDC, Q] = ['q', 'Tj', 'T*', "'", 'BDC', 'Q'].map((k) => PdfCmd.get(k));
    // Twice over: the first reading fills the keyword tables, the second reads from them.
    for (let round = 0; round < 2; round++) {
      expect(tokens("q<00>Tj(a)' T*/N BDC Q")).toEqual([q, '\x00', Tj, 'a', quote, TStar, PdfName.get('N'), BDC, Q]);
      expect(tokens('Tj')).toEqual([Tj]);
      expect(tokens('TjQ q')).toEqual([PdfCmd.get('TjQ'), q]);
      expect(tokens('Q')).toEqual([Q]);
      expect(tokens('\xe9\xe9 Tj\xe9')).toEqual([PdfCmd.get('\xe9\xe9'), PdfCmd.get('Tj\xe9')]);
    }
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
