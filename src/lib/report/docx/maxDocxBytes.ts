/** A report .docx is well under a few MB; images can make it larger. Kept apart from the reader, so that knowing it does not load mammoth. */
export const MAX_DOCX_BYTES = 64 * 1024 * 1024;
