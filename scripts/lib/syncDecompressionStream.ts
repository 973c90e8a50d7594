/**
 * `DecompressionStream` for pdfjs in Node: the same zlib inflate as Node's own, done in one
 * synchronous call when the writer closes, without Node's web-stream wrapper around zlib, whose
 * set-up costs more than inflating the small streams a PDF is made of (a Chromium-printed report
 * has ~700: page contents, fonts, one per Type3 glyph). It offers the part of the interface
 * pdfjs uses — `writable.getWriter()` with `ready`/`write`/`close`, and an async-iterable
 * `readable` — and fails as Node's does: a format Node 20 lacks (`brotli`) throws a TypeError
 * when constructed, a truncated or damaged stream rejects the iteration (pdfjs then inflates
 * with its own lenient decoder). Bytes after the end of the compressed data are ignored, as
 * Node's zlib ignores them. Only for Node scripts (see `useNodePdfAssets`); browsers keep theirs.
 */
import { gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';

const INFLATE: Record<string, (input: Buffer) => Buffer> = { deflate: inflateSync, 'deflate-raw': inflateRawSync, gzip: gunzipSync };

const bytesOf = (chunk: unknown): Uint8Array => {
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  throw new TypeError('The "chunk" argument must be an ArrayBuffer or ArrayBufferView');
};

export class SyncDecompressionStream {
  readonly writable: { getWriter(): { ready: Promise<void>; closed: Promise<void>; write(chunk: unknown): Promise<void>; close(): Promise<void> } };
  readonly readable: AsyncIterable<Uint8Array>;

  constructor(format: string) {
    const inflate = INFLATE[format];
    if (!inflate) throw new TypeError(`The argument 'format' is invalid. Received '${format}'`);
    const parts: Uint8Array[] = [];
    let failure: unknown = null;
    let close!: () => void;
    const closed = new Promise<void>((resolve) => (close = resolve));
    const writer = {
      ready: Promise.resolve(),
      closed,
      write: async (chunk: unknown) => {
        try {
          parts.push(bytesOf(chunk));
        } catch (e) {
          // A bad chunk errors the stream, so a reader waiting on it fails rather than waits forever.
          failure = e;
          close();
          throw e;
        }
      },
      close: async () => close(),
    };
    this.writable = { getWriter: () => writer };
    this.readable = {
      async *[Symbol.asyncIterator]() {
        await closed;
        if (failure) throw failure;
        const out = inflate(Buffer.concat(parts));
        yield new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
      },
    };
  }
}
