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
