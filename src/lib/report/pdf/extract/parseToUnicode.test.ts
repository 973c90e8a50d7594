import { describe, expect, it } from 'vitest';
import { DeclinedPdf } from './DeclinedPdf';
import { parseToUnicode } from './parseToUnicode';

const cmap = (body: string) => Uint8Array.from(`/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n${body}\nendcmap end end`, (c) => c.charCodeAt(0));

describe('parseToUnicode: a font’s codes → text', () => {
  it('bfchar maps one code, UTF-16BE, surrogate pairs joined', () => {
    const map = parseToUnicode(cmap('2 beginbfchar <0003> <0020> <0102> <D840DC00> endbfchar'));
    expect(map.get(3)).toBe(' ');
    expect(map.get(0x102)).toBe('\u{20000}');
  });

  it('bfrange counts up in the last byte, carrying into the byte before as pdfjs does', () => {
    const map = parseToUnicode(cmap('1 beginbfrange <0010> <0013> <4EFE> endbfrange'));
    expect([...map.values()]).toEqual(['\u4efe', '\u4eff', '\u4f00', '\u4f01']);
  });

  it('bfrange with an array gives each code its own text, and stops at the range end', () => {
    const map = parseToUnicode(cmap('1 beginbfrange <01> <02> [<0066006C> <4E00> <4E01>] endbfrange'));
    expect(map.get(1)).toBe('fl');
    expect(map.get(2)).toBe('\u4e00');
    expect(map.size).toBe(2);
  });

  it('declines a usecmap or CID mappings', () => {
    expect(() => parseToUnicode(cmap('/Adobe-GB1-UCS2 usecmap'))).toThrow(DeclinedPdf);
    expect(() => parseToUnicode(cmap('1 begincidrange <00> <FF> 0 endcidrange'))).toThrow(DeclinedPdf);
  });
});
