/** pdfjs text items of one page → tokens: whitespace-only items dropped, y flipped to grow downwards. */
import type { PdfToken } from './pdfToken';

/** The part of a pdfjs TextItem this reader uses. */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** CJK glyphs sit on the baseline and reach about 0.88 em above it: their middle is ~0.38 em up. */
const MIDDLE = 0.38;

export function toTokens(items: readonly PdfTextItem[], page: number, pageHeight: number): PdfToken[] {
  const tokens: PdfToken[] = [];
  for (const item of items) {
    const text = item.str.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const [a, b, c, d, e, f] = item.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 1;
    const width = item.width > 0 ? item.width : size * text.length;
    tokens.push({
      text,
      page,
      x0: e,
      x1: e + width,
      top: pageHeight - (f + size * 0.88),
      bottom: pageHeight - (f - size * 0.12),
      cy: pageHeight - (f + size * MIDDLE),
      size,
    });
  }
  return tokens;
}
