import { describe, expect, it } from 'vitest';
import { normalizeLine, normalizeWidths } from './normalizeText';

describe('normalizeWidths', () => {
  it('Kangxi radicals a PDF printer put for common characters become those characters', () => {
    // As Chromium's "Save as PDF" with Noto CJK gives them back: ⼀ U+2F00, ⼆ U+2F06, ⾏ U+2F8F, ⼯ U+2F2F, ⽂ U+2F42.
    expect(normalizeWidths('⼀、本年新收 ⼆、上年结转 ⾏政规范性⽂件 ⼯作')).toBe('一、本年新收 二、上年结转 行政规范性文件 工作');
    expect(normalizeLine('⾏政许可\t1370')).toBe('行政许可\t1370');
  });

  it('leaves ordinary characters, Chinese punctuation and full-width brackets as they are', () => {
    expect(normalizeWidths('（一）予以公开：１２')).toBe('（一）予以公开：12');
  });
});
