/** A PDF that cannot be read, with a one-line message: not a PDF, truncated, encrypted, or damaged. */
export class PdfError extends Error {}
