/**
 * Unpacks a WOFF 1.0 font into the plain TrueType/OpenType bytes it wraps, inflating each table
 * with fflate. opentype.js has its own inflate, and it rejects some valid tables ("Data error":
 * one Noto Sans SC slice would not load at all); handing it the unpacked font avoids that path.
 * Bytes that are not WOFF are returned as they are.
 */
import { unzlibSync } from 'fflate';

const WOFF = 0x774f4646; // 'wOFF'

export function calcSfntFromWoff(bytes: Uint8Array): Uint8Array {
  const src = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 44 || src.getUint32(0) !== WOFF) return bytes;
  const flavor = src.getUint32(4);
  const numTables = src.getUint16(12);
  const tables: { tag: number; checksum: number; data: Uint8Array }[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    const tag = src.getUint32(at);
    const offset = src.getUint32(at + 4);
    const compLength = src.getUint32(at + 8);
    const origLength = src.getUint32(at + 12);
    const checksum = src.getUint32(at + 16);
    if (offset + compLength > bytes.byteLength) throw new Error(`WOFF table ${i} runs past the end of the file`);
    const stored = bytes.subarray(offset, offset + compLength);
    const data = compLength < origLength ? unzlibSync(stored) : stored;
    if (data.byteLength !== origLength) throw new Error(`WOFF table ${i}: ${data.byteLength} bytes unpacked, ${origLength} expected`);
    tables.push({ tag, checksum, data });
  }
  // The SFNT header: table directory sorted by tag, each table 4-byte aligned.
  tables.sort((a, b) => a.tag - b.tag);
  let entrySelector = 0;
  while (2 ** (entrySelector + 1) <= numTables) entrySelector++;
  const searchRange = 2 ** entrySelector * 16;
  let size = 12 + numTables * 16;
  for (const t of tables) size += (t.data.byteLength + 3) & ~3;
  const out = new Uint8Array(size);
  const dst = new DataView(out.buffer);
  dst.setUint32(0, flavor);
  dst.setUint16(4, numTables);
  dst.setUint16(6, searchRange);
  dst.setUint16(8, entrySelector);
  dst.setUint16(10, numTables * 16 - searchRange);
  let offset = 12 + numTables * 16;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    dst.setUint32(at, t.tag);
    dst.setUint32(at + 4, t.checksum);
    dst.setUint32(at + 8, offset);
    dst.setUint32(at + 12, t.data.byteLength);
    out.set(t.data, offset);
    offset += (t.data.byteLength + 3) & ~3;
  });
  return out;
}
