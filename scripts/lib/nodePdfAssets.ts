/**
 * Points pdfjs at its character maps and standard fonts in node_modules (Node reads them as files),
 * and lets it inflate through `SyncDecompressionStream` instead of Node's slower web-stream one
 * (nothing else in the project uses `DecompressionStream`); the PDF text extractor inflates with
 * zlib too (`setPdfInflate`), faster than its default, our own TypeScript inflater (C against JavaScript).
 */
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { setPdfAssets } from '../../src/lib/report/pdf/pdfAssets';
import { setPdfInflate } from '../../src/lib/report/pdf/extract/pdfInflate';
import { SyncDecompressionStream } from './syncDecompressionStream';

export function useNodePdfAssets(): void {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  setPdfAssets({ cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' });
  (globalThis as { DecompressionStream?: unknown }).DecompressionStream = SyncDecompressionStream;
  setPdfInflate((data) => {
    const out = inflateSync(data);
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  });
}
