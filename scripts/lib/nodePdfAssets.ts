/**
 * Points pdfjs at its character maps and standard fonts in node_modules (Node reads them as files),
 * and lets it inflate through `SyncDecompressionStream` instead of Node's slower web-stream one
 * (nothing else in the project uses `DecompressionStream`); the PDF text extractor inflates with
 * zlib too (`setPdfInflate`), faster than its default, our own TypeScript inflater (C against JavaScript),
 * bounded as that one is: zlib stops at `maxOutputLength` (it never allocates past it).
 */
import { dirname, join } from 'node:path';
import { kMaxLength } from 'node:buffer';
import { inflateSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { setPdfAssets } from '../../src/lib/report/pdf/pdfAssets';
import { InflateLimitError } from '../../src/lib/report/pdf/extract/InflateLimitError';
import { setPdfInflate } from '../../src/lib/report/pdf/extract/pdfInflate';
import { SyncDecompressionStream } from './syncDecompressionStream';

export function useNodePdfAssets(): void {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  setPdfAssets({ cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' });
  (globalThis as { DecompressionStream?: unknown }).DecompressionStream = SyncDecompressionStream;
  setPdfInflate((data, limit) => {
    let out: Buffer;
    try {
      out = inflateSync(data, { maxOutputLength: Math.max(1, Math.min(limit, kMaxLength)) });
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new InflateLimitError(limit);
      throw e;
    }
    if (out.length > limit) throw new InflateLimitError(limit);
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  });
}
