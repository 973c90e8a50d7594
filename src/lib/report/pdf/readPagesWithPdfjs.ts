/**
 * PDF bytes → the text tokens of its pages, through pdfjs: the reader for every document the
 * extractor (`extract/`) declines — encrypted, damaged, scanned, or made with fonts or syntax it
 * does not read for sure — and for the error messages of bad input. Reads at most `maxPages`
 * pages and says how many it had; checks the first few textless pages for pictures. pdfjs inflates
 * without a bound: the file's streams are inflated and counted first (`checkInflatedSize`), and a
 * file past the bound is not handed to it.
 */
import { checkInflatedSize } from './checkInflatedSize';
import { loadPdfjs } from './loadPdfjs';
import { pdfAssets, type PdfAssets } from './pdfAssets';
import { MAX_IMAGE_PIXELS } from './maxImagePixels';
import { PdfError } from './PdfError';
import type { PdfPages } from './readPdfPages';
import { toTokens, type PdfTextItem } from './toTokens';
import type { PageTokens } from './dropPageFurniture';

/** Textless pages checked for pictures: enough to tell a scan from an empty or damaged file. */
const PICTURE_CHECKS = 3;

function describe(e: unknown): string {
  const name = (e as { name?: string })?.name ?? '';
  const message = String((e as { message?: string })?.message ?? e).split('\n')[0];
  if (name === 'PasswordException') return 'encrypted PDF: it needs a password to open; save an unprotected copy';
  if (name === 'InvalidPDFException') return `damaged PDF: ${message}`;
  return `unreadable PDF: ${message}`;
}

/** pdfjs's document options: text only (no font faces, no eval), assets where the caller set them. */
export function readPdfOptions(a: PdfAssets | null) {
  return {
    ...(a ? { cMapUrl: a.cMapUrl, cMapPacked: true, standardFontDataUrl: a.standardFontDataUrl } : {}),
    isEvalSupported: false,
    maxImageSize: MAX_IMAGE_PIXELS,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  };
}

export async function readPagesWithPdfjs(bytes: Uint8Array, maxPages: number): Promise<PdfPages> {
  checkInflatedSize(bytes);
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // a copy: pdfjs takes ownership of the buffer it is given (and refuses a Node Buffer)
    ...readPdfOptions(pdfAssets()),
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => {});
    throw new PdfError(describe(e));
  }
  try {
    const pages: PageTokens[] = [];
    let picturePages = 0;
    let checked = 0;
    const n = Math.min(doc.numPages, maxPages);
    const pictureOps = new Set([pdfjs.OPS.paintImageXObject, pdfjs.OPS.paintInlineImageXObject, pdfjs.OPS.paintImageMaskXObject]);
    for (let p = 1; p <= n; p++) {
      const page = await doc.getPage(p);
      const [, y0, , y1] = page.view;
      const height = Math.abs(y1 - y0);
      const content = await page.getTextContent({ disableNormalization: true });
      const items = content.items.filter((i): i is PdfTextItem & (typeof content.items)[number] => 'str' in i);
      const tokens = toTokens(items, p, height);
      if (!tokens.length && checked++ < PICTURE_CHECKS) {
        const ops = await page.getOperatorList();
        if (ops.fnArray.some((f) => pictureOps.has(f))) picturePages++;
      }
      pages.push({ height, tokens });
      page.cleanup();
    }
    return { pages, pageCount: doc.numPages, picturePages };
  } catch (e) {
    throw new PdfError(describe(e));
  } finally {
    await doc.destroy();
  }
}
