/**
 * The evidence a whole file gives for its encoding: how many well-formed UTF-8 multi-byte
 * characters it holds and where its byte sequences are invalid, as UTF-8 and as GB18030.
 * A UTF-8 file cut mid-character, or holding one stray byte, has thousands of good UTF-8
 * characters and one bad spot; a GBK file has almost no well-formed UTF-8 at all.
 */

export interface EncodingEvidence {
  /** Well-formed UTF-8 sequences of 2–4 bytes. */
  utf8Chars: number;
  /** Invalid UTF-8 spots, and the byte offsets of the first few. */
  utf8Errors: number;
  utf8Offsets: number[];
  /** Invalid GB18030 spots, and the byte offsets of the first few. */
  gbErrors: number;
  gbOffsets: number[];
}

const KEEP = 5;

function utf8Length(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  let n: number;
  let min: number;
  if (b >= 0xc2 && b <= 0xdf) (n = 2), (min = 0x80);
  else if (b >= 0xe0 && b <= 0xef) (n = 3), (min = 0x800);
  else if (b >= 0xf0 && b <= 0xf4) (n = 4), (min = 0x10000);
  else return 0;
  if (i + n > bytes.length) return 0;
  let cp = b & (0xff >> (n + 1));
  for (let k = 1; k < n; k++) {
    const c = bytes[i + k];
    if ((c & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (c & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return n;
}

function gbLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  if (b === 0x80 || b === 0xff) return 0;
  const c = bytes[i + 1];
  if (c === undefined) return 0;
  if ((c >= 0x40 && c <= 0x7e) || (c >= 0x80 && c <= 0xfe)) return 2;
  if (c >= 0x30 && c <= 0x39) {
    const d = bytes[i + 2];
    const e = bytes[i + 3];
    if (d !== undefined && e !== undefined && d >= 0x81 && d <= 0xfe && e >= 0x30 && e <= 0x39) return 4;
  }
  return 0;
}

export function scanEncoding(bytes: Uint8Array): EncodingEvidence {
  const ev: EncodingEvidence = { utf8Chars: 0, utf8Errors: 0, utf8Offsets: [], gbErrors: 0, gbOffsets: [] };
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const n = utf8Length(bytes, i);
    if (n) {
      ev.utf8Chars++;
      i += n;
    } else {
      if (ev.utf8Errors++ < KEEP) ev.utf8Offsets.push(i);
      i++;
      while (i < bytes.length && (bytes[i] & 0xc0) === 0x80) i++; // the rest of a broken sequence is one spot
    }
  }
  for (let i = 0; i < bytes.length; ) {
    const n = gbLength(bytes, i);
    if (n) i += n;
    else {
      if (ev.gbErrors++ < KEEP) ev.gbOffsets.push(i);
      i++;
    }
  }
  return ev;
}
