/**
 * Where pdfjs finds its character maps (CJK fonts without a ToUnicode table need them)
 * and the standard fonts: folder paths in Node, URLs in the browser. Set once by the
 * caller that knows (the scripts, the import worker); without them pdfjs still reads
 * most PDFs, and says so in a warning for the ones it cannot.
 */
export interface PdfAssets {
  /** Folder (Node) or URL (browser) of pdfjs-dist/cmaps/, ending in `/`. */
  cMapUrl: string;
  /** Folder or URL of pdfjs-dist/standard_fonts/, ending in `/`. */
  standardFontDataUrl: string;
}

let assets: PdfAssets | null = null;

export function setPdfAssets(a: PdfAssets | null): void {
  assets = a;
}

export function pdfAssets(): PdfAssets | null {
  return assets;
}
