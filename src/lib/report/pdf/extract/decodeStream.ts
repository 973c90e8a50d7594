/**
 * A stream's bytes with its filters undone: none, or `FlateDecode` with its PNG predictors (xref and object
 * streams use them). Inflated by `pdfInflate`, within the file's `budget` (past it: the file's error, a
 * `PdfError`). Any other filter, a TIFF predictor, or data that does not inflate declines.
 */
import { PdfError } from '../PdfError';
import { decline } from './DeclinedPdf';
import type { InflateBudget } from './InflateBudget';
import { pdfInflate } from './pdfInflate';
import { isDict, PdfName, type PdfDict, type PdfValue } from './pdfValue';

export function decodeStream(
  dict: PdfDict,
  raw: Uint8Array,
  resolve: (v: PdfValue | undefined) => PdfValue | undefined,
  budget: InflateBudget,
): Uint8Array {
  const filter = resolve(dict.get('Filter'));
  const filters = filter === undefined || filter === null ? [] : Array.isArray(filter) ? filter.map(resolve) : [filter];
  if (!filters.length) return raw;
  if (filters.length > 1 || !(filters[0] instanceof PdfName) || filters[0].name !== 'FlateDecode') return decline('stream filter other than FlateDecode');
  let parms = resolve(dict.get('DecodeParms'));
  if (Array.isArray(parms)) parms = resolve(parms[0]);
  let out: Uint8Array;
  try {
    out = budget.inflate(raw, pdfInflate);
  } catch (e) {
    if (e instanceof PdfError) throw e;
    return decline('stream does not inflate');
  }
  if (!isDict(parms)) return out;
  const predictor = resolve(parms.get('Predictor')) ?? 1;
  if (predictor === 1) return out;
  if (typeof predictor !== 'number' || predictor < 10) return decline('TIFF predictor');
  const num = (k: string, d: number) => {
    const v = resolve(parms.get(k));
    return typeof v === 'number' ? v : d;
  };
  return unpredictPng(out, num('Colors', 1), num('BitsPerComponent', 8), num('Columns', 1));
}

/** Undoes the PNG row filters (None, Sub, Up, Average, Paeth), each row led by its filter byte. */
function unpredictPng(data: Uint8Array, colors: number, bits: number, columns: number): Uint8Array {
  const bpp = Math.max(1, Math.ceil((colors * bits) / 8));
  const rowLength = Math.ceil((colors * bits * columns) / 8);
  const rows = Math.floor(data.length / (rowLength + 1));
  const out = new Uint8Array(rows * rowLength);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowLength + 1)];
    const src = r * (rowLength + 1) + 1;
    const at = r * rowLength;
    const prev = at - rowLength;
    for (let i = 0; i < rowLength; i++) {
      const x = data[src + i];
      const left = i >= bpp ? out[at + i - bpp] : 0;
      const up = r > 0 ? out[prev + i] : 0;
      const upLeft = r > 0 && i >= bpp ? out[prev + i - bpp] : 0;
      let v: number;
      switch (type) {
        case 0:
          v = x;
          break;
        case 1:
          v = x + left;
          break;
        case 2:
          v = x + up;
          break;
        case 3:
          v = x + ((left + up) >> 1);
          break;
        case 4: {
          const p = left + up - upLeft;
          const pa = Math.abs(p - left);
          const pb = Math.abs(p - up);
          const pc = Math.abs(p - upLeft);
          v = x + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
          break;
        }
        default:
          return decline('bad PNG predictor row');
      }
      out[at + i] = v & 0xff;
    }
  }
  return out;
}
