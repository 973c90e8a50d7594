/**
 * An imported PDF's page drawn into a canvas, for the source panel: the bytes the import kept
 * (IndexedDB, by the report's SHA-256), pdfjs loaded on first use (its own chunk; it runs in this
 * thread, as in the import worker), the page scaled to `width` CSS pixels. Returns the scale, so
 * the caller can mark a box given in PDF points from the page's top left; null when the file is
 * not in this browser. pdfjs inflates without a bound: the file's streams (pictures and fonts too,
 * which the import's reader did not inflate) are inflated and counted first, and a file past the
 * bound is not drawn (`checkInflatedSize` throws the reader's one-line error).
 */
import { readOriginal } from '../import/importStore';
import { checkInflatedSize } from '../report/pdf/checkInflatedSize';
import { loadPdfjs } from '../report/pdf/loadPdfjs';
import { MAX_IMAGE_PIXELS } from '../report/pdf/maxImagePixels';

export interface DrawnPage {
  /** CSS pixels per PDF point. */
  scale: number;
  width: number;
  height: number;
}

export async function renderPdfPage(sha256: string, pageNumber: number, canvas: HTMLCanvasElement, width: number): Promise<DrawnPage | null> {
  const bytes = await readOriginal(sha256);
  if (!bytes) return null;
  checkInflatedSize(bytes);
  const pdfjs = await loadPdfjs();
  const base = document.baseURI;
  const doc = await pdfjs.getDocument({
    data: bytes.slice(),
    cMapUrl: new URL('pdfjs/cmaps/', base).href,
    cMapPacked: true,
    standardFontDataUrl: new URL('pdfjs/standard_fonts/', base).href,
    isEvalSupported: false,
    maxImageSize: MAX_IMAGE_PIXELS,
  }).promise;
  try {
    const page = await doc.getPage(pageNumber);
    const scale = width / page.getViewport({ scale: 1 }).width;
    const ratio = window.devicePixelRatio || 1;
    const viewport = page.getViewport({ scale: scale * ratio });
    canvas.width = Math.round(viewport.width);
    canvas.height = Math.round(viewport.height);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${viewport.height / ratio}px`;
    await page.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport }).promise;
    return { scale, width, height: viewport.height / ratio };
  } finally {
    await doc.destroy();
  }
}
