/**
 * PDF bytes → the text form and where its lines are, or a one-line error. The
 * entry point `parseReport` loads (with `import()`, so pdfjs stays out of the
 * dashboard's first load).
 */
import type { Evidence, Report } from '../types';
import { MAX_PDF_BYTES } from './maxPdfBytes';
import { pdfToText, type PdfText } from './pdfToText';
import { PdfError, readPdfPages } from './readPdfPages';

/** Pages read at most: tables 2–4 come within the first few pages of every report. */
export const MAX_PDF_PAGES = 40;
/** Outcome of a PDF whose pages carry no text (scanned): never a report of blanks or zeros. */
export const SCANNED_PDF = 'scanned PDF, no text layer: tables not read';
/** Fewer non-blank characters per page than this: the pages are pictures. */
const MIN_CHARS_PER_PAGE = 20;

export type PdfRead =
  | ({ ok: true; pageCount: number; pagesRead: number } & PdfText)
  | { ok: false; error: string };

export async function readPdf(bytes: Uint8Array): Promise<PdfRead> {
  if (bytes.length > MAX_PDF_BYTES) return { ok: false, error: `PDF too large (${Math.round(bytes.length / 1048576)} MB; at most ${MAX_PDF_BYTES / 1048576} MB)` };
  try {
    const { pages, pageCount, picturePages } = await readPdfPages(bytes, MAX_PDF_PAGES);
    const chars = pages.reduce((n, p) => n + p.tokens.reduce((m, t) => m + t.text.replace(/\s/g, '').length, 0), 0);
    if (chars < MIN_CHARS_PER_PAGE * Math.max(1, pages.length))
      return { ok: false, error: picturePages ? SCANNED_PDF : 'no text in the PDF: its pages are empty or cannot be read' };
    return { ok: true, pageCount, pagesRead: pages.length, ...pdfToText(pages) };
  } catch (e) {
    if (e instanceof PdfError) return { ok: false, error: e.message };
    throw e;
  }
}

/** Every evidence of the report gets the page and box of its line; rows left blank and a capped read say so in warnings. */
export function addPdfSources(report: Report, read: Extract<PdfRead, { ok: true }>): void {
  const add = (ev: Evidence) => {
    const src = read.sources[ev.line - 1];
    if (src) Object.assign(ev, { page: src.page, box: src.box });
  };
  for (const ev of Object.values(report.evidence)) add(ev);
  for (const c of report.channels) add(c.evidence);
  if (read.warnings) report.warnings.push(...read.warnings);
  if (read.pagesRead < read.pageCount)
    report.warnings.push(`PDF 共 ${read.pageCount} 页，只读取了前 ${read.pagesRead} 页`);
}
