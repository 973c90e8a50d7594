import { describe, expect, it } from 'vitest';
import { deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { SyncDecompressionStream } from './syncDecompressionStream';

/** Drives a decompression stream the way pdfjs does: one write, close, read to the end. */
async function inflateWith(make: (format: string) => { writable: unknown; readable: unknown }, format: string, bytes: Uint8Array) {
  const { writable, readable } = make(format) as { writable: WritableStream; readable: AsyncIterable<Uint8Array> };
  const writer = writable.getWriter();
  await writer.ready;
  writer.write(bytes).then(() => writer.close()).catch(() => {});
  const chunks: Uint8Array[] = [];
  for await (const c of readable) chunks.push(c);
  return Buffer.concat(chunks);
}

const ours = (f: string) => new SyncDecompressionStream(f);
const node = (f: string) => new DecompressionStream(f as CompressionFormat);
// Text with repeats and a spread of byte values, so every format compresses it for real.
const data = Buffer.from(Array.from({ length: 5000 }, (_, i) => `行${i % 97}:${(i * 7919) % 251};`).join(''));

describe('SyncDecompressionStream', () => {
  it.each([
    ['deflate', deflateSync(data)],
    ['deflate-raw', deflateRawSync(data)],
    ['gzip', gzipSync(data)],
  ])('inflates %s like Node’s DecompressionStream', async (format, packed) => {
    const got = await inflateWith(ours, format, new Uint8Array(packed));
    expect(got.equals(data)).toBe(true);
    expect(got.equals(await inflateWith(node, format, new Uint8Array(packed)))).toBe(true);
  });

  it('ignores bytes after the compressed data, as Node’s does', async () => {
    const packed = new Uint8Array(Buffer.concat([deflateSync(data), Buffer.from('junk')]));
    expect((await inflateWith(ours, 'deflate', packed)).equals(await inflateWith(node, 'deflate', packed))).toBe(true);
  });

  it('rejects a truncated stream, as Node’s does', async () => {
    const packed = new Uint8Array(deflateSync(data).subarray(0, 200));
    await expect(inflateWith(node, 'deflate', packed)).rejects.toThrow();
    await expect(inflateWith(ours, 'deflate', packed)).rejects.toThrow(/unexpected end of file/);
  });

  it('refuses a format it cannot inflate when constructed, and a chunk that is not bytes when written', async () => {
    expect(() => new SyncDecompressionStream('brotli')).toThrow(TypeError);
    const { writable, readable } = new SyncDecompressionStream('deflate');
    await expect(writable.getWriter().write('text')).rejects.toThrow(TypeError);
    await expect((async () => { for await (const _ of readable) void _; })()).rejects.toThrow(TypeError);
  });
});
