/**
 * PDF bytes → the text tokens of its pages. Reads at most `maxPages` pages (a report's tables
 * come early; a 300-page file is not read to its end) and says how many it had. Our own
 * extractor (`extract/`, no pdfjs) reads the documents it reads for sure — most reports, in a few
 * milliseconds; every other document goes to pdfjs (`readPagesWithPdfjs`), loaded only then.
 * Bad input is a `PdfError` with a one-line message: not a PDF, truncated, encrypted, or damaged.
 */
import type { PageTokens } from './dropPageFurniture';
import { extractPdfPages } from './extract/extractPdfPages';
import { PdfError } from './PdfError';
import { readPagesWithPdfjs } from './readPagesWithPdfjs';
import { toTokens } from './toTokens';

export { PdfError };

export interface PdfPages {
  pages: PageTokens[];
  /** Pages in the file; more than `pages.length` when the cap stopped reading. */
  pageCount: number;
  /** Pages without text that paint a picture (checked on the first few textless pages only). */
  picturePages: number;
}

const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);

/** Cheap checks first: the header, and the end-of-file marker a complete PDF ends with. */
function checkBytes(bytes: Uint8Array): void {
  if (!latin1(bytes.subarray(0, 1024)).includes('%PDF-')) throw new PdfError('not a PDF file (no %PDF- header)');
  if (!latin1(bytes.subarray(Math.max(0, bytes.length - 2048))).includes('%%EOF'))
    throw new PdfError('truncated PDF: the file ends before its end-of-file marker (download it again)');
}

/**
 * The pages as the extractor reads them, or null where it declines (or meets a textless page,
 * which pdfjs checks for pictures): then pdfjs reads the document.
 */
export function extractPages(bytes: Uint8Array, maxPages: number): PdfPages | null {
  try {
    const { pageCount, pages } = extractPdfPages(bytes, maxPages);
    const out: PageTokens[] = [];
    for (let p = 0; p < pages.length; p++) {
      const [, y0, , y1] = pages[p].view;
      const height = Math.abs(y1 - y0);
      const tokens = toTokens(pages[p].items, p + 1, height);
      if (!tokens.length) return null;
      out.push({ height, tokens });
    }
    return { pages: out, pageCount, picturePages: 0 };
  } catch (e) {
    // A file's error (streams inflating past the bound): not handed to pdfjs, which would inflate them.
    if (e instanceof PdfError) throw e;
    // Declined, or anything the extractor did not expect: pdfjs reads it, and names what is wrong if it is bad.
    return null;
  }
}

export async function readPdfPages(bytes: Uint8Array, maxPages: number): Promise<PdfPages> {
  checkBytes(bytes);
  return extractPages(bytes, maxPages) ?? readPagesWithPdfjs(bytes, maxPages);
}
