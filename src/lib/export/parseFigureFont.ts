/** A font file (WOFF or TrueType/OpenType bytes) as an opentype.js Font, unpacked by `calcSfntFromWoff`. */
import opentype, { type Font } from 'opentype.js';
import { calcSfntFromWoff } from './calcSfntFromWoff';

export function parseFigureFont(bytes: ArrayBuffer | Uint8Array): Font {
  const sfnt = calcSfntFromWoff(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  return opentype.parse(sfnt.buffer.slice(sfnt.byteOffset, sfnt.byteOffset + sfnt.byteLength) as ArrayBuffer);
}
