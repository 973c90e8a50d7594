import { describe, expect, it } from 'vitest';
import { DeclinedPdf } from './DeclinedPdf';
import { parseObject } from './parseObject';
import { PdfLexer } from './PdfLexer';
import { PdfLazy, PdfName, PdfRef, type PdfDict } from './pdfValue';

const lexer = (s: string) => new PdfLexer(Uint8Array.from(s, (c) => c.charCodeAt(0)));

describe('parseObject: PDF values', () => {
  it('reads arrays, dictionaries, booleans, null and references', () => {
    const v = parseObject(lexer('<< /A [1 2.5 (x) /N true null] /R 12 0 R /S 3 >>'), true) as PdfDict;
    expect(v.get('A')).toEqual([1, 2.5, 'x', PdfName.get('N'), true, null]);
    expect(v.get('R')).toEqual(new PdfRef(12, 0));
    expect(v.get('S')).toBe(3);
  });

  it('tells references from numbers in every spelling the lexer reads: comments, no space before R, words starting with R, signs', () => {
    const read = (s: string) => parseObject(lexer(s), true);
    expect(read('[1 2 3 0 R 4 12 7 R]')).toEqual([1, 2, new PdfRef(3, 0), 4, new PdfRef(12, 7)]);
    expect(read('[7 0%note\nR 8 0R 9 +0 R]')).toEqual([new PdfRef(7, 0), new PdfRef(8, 0), new PdfRef(9, 0)]);
    expect(read('[7 0/N 8 0(s) 9 0]')).toEqual([7, 0, PdfName.get('N'), 8, 0, 's', 9, 0]);
    expect(read('7 0')).toBe(7);
    expect(() => read('[7 0 RG]')).toThrow(DeclinedPdf);
    expect(() => read('[7 -1 R]')).toThrow(DeclinedPdf);
  });

  it('reads `n g R` as numbers where references are not allowed (content streams)', () => {
    const l = lexer('[12 0 R]');
    expect(() => parseObject(l, false)).toThrow(DeclinedPdf);
  });

  it('leaves a Type3 font’s /CharProcs and /Encoding unparsed, stepping over strings and nested brackets, and reads on', () => {
    const v = parseObject(lexer('<< /CharProcs << /a 5 0 R /b (x>>]) >> /Encoding << /Differences [0 /a <3E3E> /b] >> /FirstChar 7 >>'), true) as PdfDict;
    expect(v.get('CharProcs')).toBeInstanceOf(PdfLazy);
    expect(v.get('Encoding')).toBeInstanceOf(PdfLazy);
    expect(v.get('FirstChar')).toBe(7);
    const lazy = v.get('CharProcs') as PdfLazy;
    expect(parseObject(new PdfLexer(lazy.bytes, lazy.start), true)).toEqual(new Map<string, unknown>([['a', new PdfRef(5, 0)], ['b', 'x>>]']]));
  });
});
