/** The first difference between two readings of a PDF's pages (page count, page height, then token by token), or null when they are the same. */
import type { PdfPages } from '../../src/lib/report/pdf/readPdfPages';

export function firstPagesDifference(a: PdfPages, b: PdfPages): string | null {
  if (a.pageCount !== b.pageCount) return `page count ${a.pageCount} vs ${b.pageCount}`;
  if (a.picturePages !== b.picturePages) return `picture pages ${a.picturePages} vs ${b.picturePages}`;
  if (a.pages.length !== b.pages.length) return `pages read ${a.pages.length} vs ${b.pages.length}`;
  for (let p = 0; p < a.pages.length; p++) {
    const [pa, pb] = [a.pages[p], b.pages[p]];
    if (pa.height !== pb.height) return `page ${p + 1} height ${pa.height} vs ${pb.height}`;
    const n = Math.max(pa.tokens.length, pb.tokens.length);
    for (let i = 0; i < n; i++) {
      const [ta, tb] = [JSON.stringify(pa.tokens[i]), JSON.stringify(pb.tokens[i])];
      if (ta !== tb) return `page ${p + 1} token ${i}: ${ta} vs ${tb}`;
    }
  }
  return null;
}
