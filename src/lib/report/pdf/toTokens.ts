/**
 * pdfjs text items of one page → tokens: whitespace-only items dropped, y flipped to grow
 * downwards, compatibility characters made plain (Chromium's PDFs map 一 行 页 to Kangxi and
 * supplement radicals ⼀ ⾏ ⻚), and an item holding several numbers apart (`0 10`: two cells
 * pdfjs joined into one run) cut into one token per number.
 */
import type { PdfToken } from './pdfToken';
import { plainRadicals } from '../plainRadicals';
import { isNfkcStable } from './isNfkcStable';

/** The part of a pdfjs TextItem this reader uses. */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** CJK glyphs sit on the baseline and reach about 0.88 em above it: their middle is ~0.38 em up. */
const MIDDLE = 0.38;
const DIGIT_EM = 0.56;
const SEVERAL_NUMBERS = /^[\d.,%]+(?: [\d.,%]+)+$/;

const token = (text: string, page: number, x0: number, x1: number, pageHeight: number, f: number, size: number): PdfToken => ({
  text,
  page,
  x0,
  x1,
  top: pageHeight - (f + size * 0.88),
  bottom: pageHeight - (f - size * 0.12),
  cy: pageHeight - (f + size * MIDDLE),
  size,
});

export function toTokens(items: readonly PdfTextItem[], page: number, pageHeight: number): PdfToken[] {
  const tokens: PdfToken[] = [];
  for (const item of items) {
    const str = isNfkcStable(item.str) ? item.str : plainRadicals(item.str.normalize('NFKC'));
    const text = str.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const [a, b, c, d, e, f] = item.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 1;
    const width = item.width > 0 ? item.width : size * text.length;
    if (!SEVERAL_NUMBERS.test(text)) {
      tokens.push(token(text, page, e, e + width, pageHeight, f, size));
      continue;
    }
    // Digits are about 0.56 em wide; what the run is wider than its digits is the space between cells.
    const parts = text.split(' ');
    const chars = parts.reduce((n, p) => n + p.length, 0);
    const digit = Math.min(width / text.length, DIGIT_EM * size);
    const space = (width - chars * digit) / (parts.length - 1);
    let x = e;
    for (const part of parts) {
      tokens.push(token(part, page, x, x + part.length * digit, pageHeight, f, size));
      x += part.length * digit + space;
    }
  }
  return tokens;
}
