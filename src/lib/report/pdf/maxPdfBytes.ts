/** The largest PDF read (scanned reports with pictures run large; text reports are ~0.5 MB). Apart from readPdf.ts so the entry chunk need not load the reader. */
export const MAX_PDF_BYTES = 64 * 1024 * 1024;
