/**
 * Thrown where the extractor meets something it does not read for sure (encryption, a Type3 font
 * without a ToUnicode map, an unknown filter…): the reader then reads the document with pdfjs.
 */
export class DeclinedPdf extends Error {
  override name = 'DeclinedPdf';
}

export function decline(reason: string): never {
  throw new DeclinedPdf(reason);
}
