/**
 * Points pdfjs at its character maps and standard fonts in node_modules (Node reads them as files),
 * and lets it inflate through `SyncDecompressionStream` instead of Node's slower web-stream one
 * (nothing else in the project uses `DecompressionStream`).
 */
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { setPdfAssets } from '../../src/lib/report/pdf/pdfAssets';
import { SyncDecompressionStream } from './syncDecompressionStream';

export function useNodePdfAssets(): void {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  setPdfAssets({ cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' });
  (globalThis as { DecompressionStream?: unknown }).DecompressionStream = SyncDecompressionStream;
}
