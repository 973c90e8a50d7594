import { readdirSync, readFileSync } from 'node:fs';
import { constants, deflateSync, inflateSync, type ZlibOptions } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InflateLimitError } from './InflateLimitError';
import { inflateZlib } from './inflateZlib';
import { PdfFile } from './PdfFile';
import { PdfRef, PdfStream } from './pdfValue';

/** A seeded generator (mulberry32), so the SYNTHETIC inputs below are the same every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** SYNTHETIC data of a kind: text with repeats (long matches), random bytes (stored blocks), one byte repeated (overlapping copies). */
function data(kind: 'text' | 'random' | 'run', size: number, seed: number): Uint8Array {
  const next = random(seed);
  const out = new Uint8Array(size);
  if (kind === 'random') for (let i = 0; i < size; i++) out[i] = next() * 256;
  else if (kind === 'run') out.fill(0x41);
  else {
    const words = ['BT', '/F12 16 Tf', '16.0000305 0 Td', '<00A3> Tj', 'ET', 'q', 'Q', '1 0 0 -1 8 27 Tm', '政府信息公开', '\n'].map((w) => new TextEncoder().encode(w + ' '));
    for (let at = 0; at < size; ) {
      const w = words[Math.floor(next() * words.length)];
      out.set(w.subarray(0, size - at), at);
      at += w.length;
    }
  }
  return out;
}

const zlib = (d: Uint8Array) => new Uint8Array(inflateSync(d));

describe('inflateZlib: the bytes zlib gives', () => {
  const cases: [string, Uint8Array, ZlibOptions][] = [];
  for (const kind of ['text', 'random', 'run'] as const)
    for (const size of [0, 1, 300, 70_000, 600_000])
      for (const [label, opts] of [
        ['level 0 (stored blocks)', { level: 0 }],
        ['level 1', { level: 1 }],
        ['level 6', { level: 6 }],
        ['level 9', { level: 9 }],
        ['fixed Huffman codes', { strategy: constants.Z_FIXED }],
        ['Huffman only', { strategy: constants.Z_HUFFMAN_ONLY }],
        ['run-length', { strategy: constants.Z_RLE }],
        ['a 512-byte window', { windowBits: 9 }],
      ] as const)
        if (size <= 70_000 || label === 'level 6') cases.push([`${kind}, ${size} bytes, ${label}`, data(kind, size, size + 1), opts]);

  it.each(cases)('%s', (_, bytes, opts) => {
    const z = new Uint8Array(deflateSync(bytes, opts));
    expect(Buffer.compare(inflateZlib(z), bytes)).toBe(0);
  });

  it('inflates each stream of the committed PDF fixtures as zlib does', () => {
    const dirs = ['test/fixtures/seeds/', 'test/fixtures/libreoffice/writer-pdf/'];
    let streams = 0;
    for (const dir of dirs)
      for (const name of readdirSync(dir).filter((f) => f.endsWith('.pdf'))) {
        const file = new PdfFile(new Uint8Array(readFileSync(dir + name)));
        const size = file.trailer.get('Size') as number;
        for (let num = 1; num < size; num++) {
          let value;
          try {
            value = file.fetch(new PdfRef(num, 0));
          } catch {
            continue; // a free object
          }
          if (!(value instanceof PdfStream) || !value.dict.has('Filter')) continue;
          expect(Buffer.compare(inflateZlib(value.raw), zlib(value.raw)), `${name} object ${num}`).toBe(0);
          streams++;
        }
      }
    expect(streams).toBeGreaterThan(1000);
  });

  it('gives each result bytes of its own (the reused buffer is copied out)', () => {
    const a = data('text', 4000, 1);
    const b = data('random', 4000, 2);
    const first = inflateZlib(new Uint8Array(deflateSync(a)));
    inflateZlib(new Uint8Array(deflateSync(b)));
    expect(Buffer.compare(first, a)).toBe(0);
  });

  it('ignores bytes after the checksum (a stream whose /Length counts its end of line)', () => {
    const bytes = data('text', 5000, 7);
    const z = new Uint8Array([...deflateSync(bytes), 0x0d, 0x0a]);
    expect(Buffer.compare(inflateZlib(z), bytes)).toBe(0);
  });
});

describe('inflateZlib: throws where zlib throws', () => {
  const good = new Uint8Array(deflateSync(data('text', 20_000, 3)));
  const bad: [string, Uint8Array][] = [
    ['too short', good.subarray(0, 4)],
    ['not zlib (bad header check)', Uint8Array.from([0x78, 0x9d, ...good.subarray(2)])],
    ['another method than deflate', Uint8Array.from([0x77, 0x9c, ...good.subarray(2)])],
    ['a preset dictionary', new Uint8Array(deflateSync(data('text', 100, 1), { dictionary: Buffer.from('BT ET Tj') }))],
    ['truncated data', good.subarray(0, good.length >> 1)],
    ['the checksum missing', good.subarray(0, good.length - 4)],
    ['a wrong checksum', Uint8Array.from(good, (b, i) => (i === good.length - 1 ? b ^ 1 : b))],
    ['block type 3', Uint8Array.from([0x78, 0x9c, 0x07, 0, 0, 0, 0, 0])],
    ['a stored block whose length fails its complement', Uint8Array.from([0x78, 0x9c, 0x01, 5, 0, 5, 0, 1, 2, 3, 4, 5, 0, 0, 0, 0])],
    ['a distance before the start', Uint8Array.from([0x78, 0x9c, 0x63, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00])],
  ];
  it.each(bad)('%s', (_, bytes) => {
    expect(() => zlib(bytes)).toThrow();
    expect(() => inflateZlib(bytes)).toThrow();
  });

  it('agrees with zlib on 3,000 SYNTHETIC damaged streams: the same bytes, or both throw', () => {
    const next = random(11);
    const sources = [good, new Uint8Array(deflateSync(data('text', 3000, 5), { strategy: constants.Z_FIXED })), new Uint8Array(deflateSync(data('random', 2000, 9)))];
    let thrown = 0;
    for (let k = 0; k < 3000; k++) {
      const damaged = new Uint8Array(sources[k % sources.length]);
      // One to three bytes changed, in the first 64 (block headers and Huffman tables) or anywhere.
      for (let m = 1 + Math.floor(next() * 3); m > 0; m--) {
        const at = Math.floor(next() * (next() < 0.6 ? Math.min(64, damaged.length) : damaged.length));
        damaged[at] ^= 1 << Math.floor(next() * 8);
      }
      let expected: Uint8Array | null = null;
      try {
        expected = zlib(damaged);
      } catch {
        thrown++;
      }
      if (expected) expect(Buffer.compare(inflateZlib(damaged), expected)).toBe(0);
      else expect(() => inflateZlib(damaged), `damaged stream ${k}`).toThrow();
    }
    expect(thrown).toBeGreaterThan(2000);
  });
});

describe('inflateZlib: bounded output', () => {
  // SYNTHETIC: zeros (a zip bomb's kind: ~1000× smaller deflated), text, random bytes (stored blocks).
  const kinds: [string, Uint8Array][] = [
    ['zeros', new Uint8Array(3_000_000)],
    ['text', data('text', 300_000, 7)],
    ['random (stored blocks)', data('random', 300_000, 8)],
  ];

  it.each(kinds)('%s: inflates in full at or above the limit, stops with InflateLimitError one byte below it', (_, bytes) => {
    const z = new Uint8Array(deflateSync(bytes));
    expect(Buffer.compare(inflateZlib(z, bytes.length), bytes)).toBe(0);
    expect(() => inflateZlib(z, bytes.length - 1)).toThrow(InflateLimitError);
    expect(() => inflateZlib(z, 1000)).toThrow(InflateLimitError);
    expect(() => inflateZlib(z, 0)).toThrow(InflateLimitError);
    // A limit below the reused buffer's size is still the limit, and the next stream is unaffected.
    expect(Buffer.compare(inflateZlib(z), bytes)).toBe(0);
  });

  it('the limit comes before the checksum: a stream past it ends there, whatever follows', () => {
    // SYNTHETIC: 1 MB of zeros with a wrong checksum; against half a megabyte, the limit is what is thrown.
    const z = Uint8Array.from(deflateSync(new Uint8Array(1 << 20), { level: 9 }));
    expect(z.length).toBeLessThan(2000);
    z[z.length - 1] ^= 1;
    expect(() => inflateZlib(z)).toThrow(/incorrect data check/);
    expect(() => inflateZlib(z, 1 << 19)).toThrow(InflateLimitError);
  });

  it('partial: the bytes inflated before a data error are returned, not thrown; the limit still throws', () => {
    const bytes = data('text', 50_000, 9);
    const z = new Uint8Array(deflateSync(bytes));
    const cut = z.subarray(0, z.length >> 1);
    expect(() => inflateZlib(cut)).toThrow();
    const part = inflateZlib(cut, Infinity, true);
    expect(part.length).toBeGreaterThan(1000);
    expect(part.length).toBeLessThan(bytes.length);
    // Its start is the data's (the bytes just before the error may be decoded from the zeros fed past the end).
    expect(Buffer.compare(part.subarray(0, part.length - 600), bytes.subarray(0, part.length - 600))).toBe(0);
    const badCheck = Uint8Array.from(z);
    badCheck[badCheck.length - 1] ^= 1;
    expect(inflateZlib(badCheck, Infinity, true).length).toBe(bytes.length);
    expect(() => inflateZlib(z, 100, true)).toThrow(InflateLimitError);
  });
});
