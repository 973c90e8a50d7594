/**
 * Before pdfjs is handed a file — a document the extractor declined, or an imported PDF's page
 * drawn for the source panel — every zlib stream in it is inflated and counted against the
 * extractor's bound (`InflateBudget`: a stream's cap and the file's total), since pdfjs
 * inflates without one. Found by the bytes, not the xref (pdfjs rebuilds a broken one): each
 * `stream` keyword's data inflated to its end, whatever `/Length` or a stray `endstream` says,
 * and the output again while it is zlib data itself (a chain of FlateDecode filters); a damaged
 * stream counts the bytes inflated before the damage (pdfjs keeps them). Images count too (the
 * source panel draws them). Past the bound: the file's `PdfError`, the same as the extractor's.
 */
import { InflateBudget } from './extract/InflateBudget';
import { inflateZlib } from './extract/inflateZlib';

/** `stream` in bytes. */
const KEYWORD = [0x73, 0x74, 0x72, 0x65, 0x61, 0x6d];
/** FlateDecode chains are unwound this deep (each layer ~1000× at most). */
const MAX_LAYERS = 4;

const inflateCounting = (data: Uint8Array, limit: number) => inflateZlib(data, limit, true);

/** A zlib header (deflate, window up to 32 KB, check bits right): what pdfjs's FlateStream accepts. */
function isZlib(data: Uint8Array): boolean {
  if (data.length < 6) return false; // inflateZlib's shortest stream
  const cmf = data[0];
  return (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && ((cmf << 8) | data[1]) % 31 === 0 && !(data[1] & 0x20);
}

function isKeywordAt(bytes: Uint8Array, at: number): boolean {
  for (let k = 1; k < KEYWORD.length; k++) if (bytes[at + k] !== KEYWORD[k]) return false;
  // Not `endstream`.
  return !(at >= 3 && bytes[at - 3] === 0x65 && bytes[at - 2] === 0x6e && bytes[at - 1] === 0x64);
}

export function checkInflatedSize(bytes: Uint8Array, budget = new InflateBudget()): void {
  for (let at = bytes.indexOf(KEYWORD[0]); at >= 0; at = bytes.indexOf(KEYWORD[0], at + 1)) {
    if (!isKeywordAt(bytes, at)) continue;
    let p = at + KEYWORD.length;
    if (bytes[p] === 0x0d) p++;
    if (bytes[p] === 0x0a) p++;
    let data = bytes.subarray(p);
    for (let layer = 0; layer < MAX_LAYERS && isZlib(data); layer++) data = budget.inflate(data, inflateCounting);
  }
}
