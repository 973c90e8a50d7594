/**
 * zlib data (RFC 1950 around RFC 1951 deflate) → its bytes, in plain TypeScript, the same in
 * browsers and Node. Written for the extractor's many small streams (a Chromium print inflates a
 * ToUnicode map of ~400 bytes for each of its ~120 fonts): nothing is allocated per stream but the
 * result. The Huffman tables and the output buffer are reused; a table looks codes up by their
 * first bits (9 at most: 512 entries to fill) and decodes the rare longer ones bit by bit (zlib's puff) —
 * where fflate fills a map of 2^(longest code) entries per block (~150 µs a small stream) and
 * Node's zlib sets up a stream object (~20 µs). As strict as zlib: a bad header, a preset
 * dictionary, an over-subscribed or (but for a one-code tree) incomplete Huffman code, a
 * distance before the start, data ending early or a wrong Adler-32 checksum throws. Bytes after
 * the checksum are ignored.
 *
 * `limit` bounds the output (a zip bomb: a few KB of zeros inflating to gigabytes): inflating
 * stops, with `InflateLimitError`, at the first byte past it, and the output buffer never grows
 * past it — nothing is allocated for the bytes the limit refuses. `partial` returns the bytes
 * inflated before a data error instead of throwing (what a tolerant reader such as pdfjs keeps
 * of a damaged stream), for counting them; the limit still throws.
 */
import { InflateLimitError } from './InflateLimitError';


const LENGTH_BASE = new Uint16Array([3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]);
const LENGTH_EXTRA = new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]);
const DIST_BASE = new Uint16Array([
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
]);
const DIST_EXTRA = new Uint8Array([0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]);
/** The order the code-length code's lengths are stored in. */
const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** Codes up to this many bits are found in one look-up. */
const ROOT = 9;
/** A root entry whose code is longer than ROOT bits: decoded bit by bit. */
const LONG = -1;

/** Bit-reversed bytes: deflate's codes are read from the least significant bit, written from the most. */
const REVERSED = new Uint8Array(256);
for (let i = 0; i < 256; i++) {
  let r = 0;
  for (let b = 0; b < 8; b++) r |= ((i >> b) & 1) << (7 - b);
  REVERSED[i] = r;
}

/**
 * A Huffman code: `root[next `bits` input bits]` → symbol << 4 | code length (0: no code starts
 * so; LONG: a longer code, found from `count` and `symbols`, the symbols by code length). `bits`
 * is the longest code's length up to ROOT: a small stream's short codes fill a small table.
 */
interface Table {
  root: Int32Array;
  bits: number;
  count: Uint16Array;
  symbols: Uint16Array;
}

const newTable = (): Table => ({ root: new Int32Array(1 << ROOT), bits: 1, count: new Uint16Array(16), symbols: new Uint16Array(288) });
const nextCode = new Uint16Array(16);
const offsets = new Uint16Array(16);

/** Canonical code lengths → `table`; throws on a code zlib refuses (`codeLengths`: no incomplete code at all). */
function buildTable(lengths: Uint8Array, from: number, n: number, table: Table, codeLengths: boolean): void {
  const { count, symbols, root } = table;
  count.fill(0);
  let maxBits = 0;
  for (let s = 0; s < n; s++) {
    const l = lengths[from + s];
    count[l]++;
    if (l > maxBits) maxBits = l;
  }
  count[0] = 0;
  let left = 1;
  for (let l = 1; l <= 15; l++) {
    left = (left << 1) - count[l];
    if (left < 0) throw new Error('invalid Huffman code: over-subscribed');
  }
  if (left > 0 && (codeLengths || maxBits > 1)) throw new Error('invalid Huffman code: incomplete');
  const bits = Math.min(ROOT, maxBits || 1);
  // The symbols in code order, for the codes longer than the table: only where there are some.
  if (maxBits > bits) {
    offsets[1] = 0;
    for (let l = 1; l < 15; l++) offsets[l + 1] = offsets[l] + count[l];
    for (let s = 0; s < n; s++) if (lengths[from + s]) symbols[offsets[lengths[from + s]]++] = s;
  }
  const size = 1 << bits;
  table.bits = bits;
  // An incomplete (one-code or empty) tree leaves entries unset: they must read as no code, not a
  // stale one. A complete one sets them all (a slot a short code does not fill starts a long one).
  if (left > 0) root.fill(0, 0, size);
  let code = 0;
  for (let l = 1; l <= 15; l++) {
    code = (code + count[l - 1]) << 1;
    nextCode[l] = code;
  }
  for (let s = 0; s < n; s++) {
    const l = lengths[from + s];
    if (!l) continue;
    const c = nextCode[l]++;
    const reversed = ((REVERSED[c & 0xff] << 8) | REVERSED[c >> 8]) >> (16 - l);
    if (l > bits) root[reversed & (size - 1)] = LONG;
    else for (let k = reversed, entry = (s << 4) | l; k < size; k += 1 << l) root[k] = entry;
  }
}

const lit = newTable();
const dist = newTable();
const codeLengthTable = newTable();
const fixedLit = newTable();
const fixedDist = newTable();
const lengths = new Uint8Array(288 + 32);
{
  const l = new Uint8Array(288);
  l.fill(8, 0, 144);
  l.fill(9, 144, 256);
  l.fill(7, 256, 280);
  l.fill(8, 280, 288);
  buildTable(l, 0, 288, fixedLit, false);
  // 32 codes of 5 bits, as zlib builds it: 30 and 31 are codes that name no distance.
  buildTable(new Uint8Array(32).fill(5), 0, 32, fixedDist, false);
}

/** The input and bit reader, shared by the reading steps; past the end it feeds up to 4 zero bytes, which the checks catch. */
const EMPTY: Uint8Array = new Uint8Array(0);
let src = EMPTY;
let pos = 0;
let bitBuf = 0;
let bitCount = 0;

function need(bits: number): void {
  while (bitCount < bits) {
    if (pos > src.length + 4) throw new Error('zlib data ends early');
    bitBuf |= (pos < src.length ? src[pos] : 0) << bitCount;
    pos++;
    bitCount += 8;
  }
}

function take(bits: number): number {
  need(bits);
  const v = bitBuf & ((1 << bits) - 1);
  bitBuf >>= bits;
  bitCount -= bits;
  return v;
}

/** The next symbol of `table`'s code. */
function decode(table: Table): number {
  need(16);
  const e = table.root[bitBuf & ((1 << table.bits) - 1)];
  if (e > 0) {
    const l = e & 15;
    bitBuf >>= l;
    bitCount -= l;
    return e >> 4;
  }
  if (e === 0) throw new Error('invalid Huffman code');
  // puff's decode: the code read a bit at a time, compared with the first code of each length.
  const { count, symbols } = table;
  let code = 0;
  let first = 0;
  let index = 0;
  for (let l = 1; l <= 15; l++) {
    code |= (bitBuf >>> (l - 1)) & 1;
    const c = count[l];
    if (code - c < first) {
      bitBuf >>= l;
      bitCount -= l;
      return symbols[index + (code - first)];
    }
    index += c;
    first = (first + c) << 1;
    code <<= 1;
  }
  throw new Error('invalid Huffman code');
}

/** A dynamic block's header → `lit` and `dist`. */
function readDynamicTables(): void {
  const hlit = take(5) + 257;
  const hdist = take(5) + 1;
  const hclen = take(4) + 4;
  if (hlit > 286 || hdist > 30) throw new Error('too many length or distance symbols');
  lengths.fill(0, 0, 19);
  for (let i = 0; i < hclen; i++) lengths[CL_ORDER[i]] = take(3);
  buildTable(lengths, 0, 19, codeLengthTable, true);
  const total = hlit + hdist;
  lengths.fill(0, 0, total);
  for (let i = 0; i < total; ) {
    const sym = decode(codeLengthTable);
    if (sym < 16) {
      lengths[i++] = sym;
      continue;
    }
    let repeat: number;
    let value = 0;
    if (sym === 16) {
      if (i === 0) throw new Error('invalid bit length repeat');
      value = lengths[i - 1];
      repeat = 3 + take(2);
    } else if (sym === 17) repeat = 3 + take(3);
    else repeat = 11 + take(7);
    if (i + repeat > total) throw new Error('invalid bit length repeat');
    while (repeat--) lengths[i++] = value;
  }
  if (!lengths[256]) throw new Error('invalid code: missing end-of-block');
  buildTable(lengths, 0, hlit, lit, false);
  buildTable(lengths, hlit, hdist, dist, false);
}

/** The output buffer kept between streams (a stream inflating to more gets one of its own). */
const scratch: Uint8Array = new Uint8Array(1 << 18);

export function inflateZlib(data: Uint8Array, limit: number = Infinity, partial = false): Uint8Array {
  const n = data.length;
  if (n < 6) throw new Error('zlib data too short');
  const cmf = data[0];
  const flg = data[1];
  if ((cmf & 0x0f) !== 8 || cmf >> 4 > 7 || ((cmf << 8) | flg) % 31 !== 0) throw new Error('bad zlib header');
  if (flg & 0x20) throw new Error('zlib data needs a preset dictionary');
  src = data;
  pos = 2;
  bitBuf = 0;
  bitCount = 0;
  let out = scratch;
  let at = 0;
  // Bytes the output may hold before it must grow or the limit is passed.
  let room = Math.min(out.length, limit);
  try {
    for (let final = 0; !final; ) {
      final = take(1);
      const type = take(2);
      if (type === 0) {
        // Stored: to a byte boundary, LEN and its complement, LEN bytes.
        take(bitCount & 7);
        const len = take(16);
        if ((len ^ 0xffff) !== take(16)) throw new Error('bad stored block length');
        const start = pos - (bitCount >> 3);
        bitBuf = 0;
        bitCount = 0;
        if (start + len > n) throw new Error('zlib data ends early');
        if (at + len > room) {
          out = reserve(out, at, at + len, limit);
          room = Math.min(out.length, limit);
        }
        out.set(data.subarray(start, start + len), at);
        at += len;
        pos = start + len;
        continue;
      }
      if (type === 3) throw new Error('invalid block type');
      if (type === 2) readDynamicTables();
      const litTable = type === 1 ? fixedLit : lit;
      const distTable = type === 1 ? fixedDist : dist;
      const root = litTable.root;
      const mask = (1 << litTable.bits) - 1;
      // The literal loop keeps the bit reader in locals, and hands it back around the rarer steps.
      let buf = bitBuf;
      let bits = bitCount;
      let p = pos;
      for (;;) {
        while (bits < 16) {
          if (p > n + 4) throw new Error('zlib data ends early');
          buf |= (p < n ? data[p] : 0) << bits;
          p++;
          bits += 8;
        }
        const e = root[buf & mask];
        let sym: number;
        if (e > 0) {
          const l = e & 15;
          buf >>= l;
          bits -= l;
          sym = e >> 4;
          if (sym < 256) {
            if (at >= room) {
              out = reserve(out, at, at + 1, limit);
              room = Math.min(out.length, limit);
            }
            out[at++] = sym;
            continue;
          }
        } else {
          bitBuf = buf;
          bitCount = bits;
          pos = p;
          sym = decode(litTable);
          buf = bitBuf;
          bits = bitCount;
          p = pos;
          if (sym < 256) {
            if (at >= room) {
              out = reserve(out, at, at + 1, limit);
              room = Math.min(out.length, limit);
            }
            out[at++] = sym;
            continue;
          }
        }
        if (sym === 256) break;
        const li = sym - 257;
        if (li >= 29) throw new Error('invalid literal/length code');
        bitBuf = buf;
        bitCount = bits;
        pos = p;
        const length = LENGTH_BASE[li] + (LENGTH_EXTRA[li] ? take(LENGTH_EXTRA[li]) : 0);
        const di = decode(distTable);
        if (di >= 30) throw new Error('invalid distance code');
        const distance = DIST_BASE[di] + (DIST_EXTRA[di] ? take(DIST_EXTRA[di]) : 0);
        buf = bitBuf;
        bits = bitCount;
        p = pos;
        if (distance > at) throw new Error('invalid distance too far back');
        if (at + length > room) {
          out = reserve(out, at, at + length, limit);
          room = Math.min(out.length, limit);
        }
        let from = at - distance;
        for (let k = 0; k < length; k++) out[at++] = out[from++];
      }
      bitBuf = buf;
      bitCount = bits;
      pos = p;
    }
    // The checksum: big-endian, at the next byte boundary.
    const end = pos - (bitCount >> 3);
    if (end + 4 > n) throw new Error('zlib data ends early');
    const expected = ((data[end] << 24) | (data[end + 1] << 16) | (data[end + 2] << 8) | data[end + 3]) >>> 0;
    if (adler32(out, at) !== expected) throw new Error('incorrect data check');
  } catch (e) {
    if (!partial || e instanceof InflateLimitError) throw e;
  } finally {
    src = EMPTY; // the input is not kept alive
  }
  return out === scratch ? out.slice(0, at) : out.subarray(0, at);
}

/**
 * `out` if it holds `need` bytes, else a buffer twice as large (or more, to hold them; never more
 * than `limit`) holding its first `length` bytes; past the limit, `InflateLimitError`.
 */
function reserve(out: Uint8Array, length: number, need: number, limit: number): Uint8Array {
  if (need > limit) throw new InflateLimitError(limit);
  if (need <= out.length) return out;
  let size = out.length * 2;
  while (size < need) size *= 2;
  size = Math.min(size, limit);
  const bigger = new Uint8Array(size);
  bigger.set(out.subarray(0, length));
  return bigger;
}

function adler32(bytes: Uint8Array, length: number): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < length; ) {
    // 5552 bytes keep b below 2^32 before the modulo (zlib's NMAX).
    const stop = Math.min(length, i + 5552);
    for (; i < stop; i++) {
      a += bytes[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}
