import { describe, expect, it } from 'vitest';
import { normalizeLine, normalizeWidths } from './normalizeText';
import { plainRadicals } from './plainRadicals';

describe('normalizeWidths', () => {
  it('Kangxi radicals a PDF printer put for common characters become those characters', () => {
    // As Chromium's "Save as PDF" with Noto CJK gives them back: ⼀ U+2F00, ⼆ U+2F06, ⾏ U+2F8F, ⼯ U+2F2F, ⽂ U+2F42.
    expect(normalizeWidths('⼀、本年新收 ⼆、上年结转 ⾏政规范性⽂件 ⼯作')).toBe('一、本年新收 二、上年结转 行政规范性文件 工作');
    expect(normalizeLine('⾏政许可\t1370')).toBe('行政许可\t1370');
    expect(normalizeWidths('第 3 ⻚ 济源⽰范区')).toBe('第 3 页 济源示范区');
  });

  it('leaves ordinary characters, Chinese punctuation and full-width brackets as they are', () => {
    expect(normalizeWidths('（一）予以公开：１２')).toBe('（一）予以公开：12');
  });
});

describe('normalizeWidths, every character', () => {
  // The three rewrites as regular expressions, one after another (how they were first written).
  const reference = (s: string) =>
    s
      .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0e\uff0b\uff0d\uff0f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/[\u00a0\u2002-\u200b\u3000\ufeff]/g, (c) => (c === '\u200b' || c === '\ufeff' ? '' : ' '))
      .replace(/[\u2e80-\u2ef3\u2f00-\u2fd5]/g, (c) => plainRadicals(c));

  it('rewrites each UTF-16 code unit as the three rewrites in turn do', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = `a${String.fromCharCode(c)}１　b`;
      if (normalizeWidths(s) !== reference(s)) differ.push(c);
    }
    expect(differ).toEqual([]);
  });
});
