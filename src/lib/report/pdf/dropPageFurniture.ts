/**
 * Page numbers (`- 3 -`, `第 3 页`, `3/5`), running headers or footers (the same short
 * text in the top or bottom margin of most pages) and a browser's print margins (date,
 * title, URL, page count in a small font) are not part of the report: a page
 * number inside table 3 would otherwise read as a cell.
 */
import type { PdfToken } from './pdfToken';

const PAGE_NUMBER = /^(?:[-－—–‒]\s*\d{1,4}\s*[-－—–‒]|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|\d{1,4})$/;
/** The margin band, as a share of the page height, where furniture lives. */
const MARGIN = 0.09;

export interface PageTokens {
  height: number;
  tokens: PdfToken[];
}

function inMargin(t: PdfToken, height: number): boolean {
  return t.bottom < height * MARGIN || t.top > height * (1 - MARGIN);
}

/** Key of a token for running-header detection: its text with digits masked, and its margin. */
function furnitureKey(t: PdfToken, height: number): string {
  return `${t.top < height / 2 ? 'top' : 'bottom'}:${t.text.replace(/\d+/g, '#')}`;
}

/** A page number stands alone on its line: the numbers of a table row near the page edge do not. */
function aloneOnLine(t: PdfToken, tokens: readonly PdfToken[]): boolean {
  return tokens.every((o) => o === t || Math.abs(o.cy - t.cy) > 0.6 * Math.max(o.size, t.size));
}

export function dropPageFurniture(pages: readonly PageTokens[]): PdfToken[][] {
  const counts = new Map<string, number>();
  for (const p of pages) {
    const seen = new Set<string>();
    for (const t of p.tokens) if (inMargin(t, p.height)) seen.add(furnitureKey(t, p.height));
    for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const repeated = pages.length >= 3 ? Math.ceil(pages.length * 0.6) : Infinity;
  // Browsers print the date, title, URL and page count in the margins in a small font.
  const sizes = pages.flatMap((p) => p.tokens.map((t) => t.size)).sort((a, b) => a - b);
  const small = (sizes[Math.floor(sizes.length / 2)] ?? 0) * 0.6;
  return pages.map((p) =>
    p.tokens.filter((t) => {
      if (!inMargin(t, p.height)) return true;
      if (t.size < small) return false;
      if (PAGE_NUMBER.test(t.text) && aloneOnLine(t, p.tokens)) return false;
      // A running header has words: a number in the margin is a table cell near the page edge.
      if (t.text.length > 40 || !/[^\d\s.,%-]{2}/.test(t.text)) return true;
      return (counts.get(furnitureKey(t, p.height)) ?? 0) < repeated;
    }),
  );
}
