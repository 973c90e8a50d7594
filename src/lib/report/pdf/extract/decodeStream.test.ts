import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeStream } from './decodeStream';
import { DeclinedPdf } from './DeclinedPdf';
import { InflateBudget } from './InflateBudget';
import { PdfError } from '../PdfError';
import { PdfName, type PdfDict, type PdfValue } from './pdfValue';

const same = (v: PdfValue | undefined) => v;
const dict = (entries: [string, PdfValue][]): PdfDict => new Map(entries);
const flate = PdfName.get('FlateDecode');

describe('decodeStream: FlateDecode and PNG predictors', () => {
  it('returns unfiltered bytes as they are, and inflates FlateDecode', () => {
    const data = Uint8Array.from([1, 2, 3]);
    expect(decodeStream(new Map(), data, same, new InflateBudget())).toBe(data);
    expect([...decodeStream(dict([['Filter', flate]]), new Uint8Array(deflateSync(data)), same, new InflateBudget())]).toEqual([1, 2, 3]);
  });

  it('undoes PNG Up, Sub and Paeth rows', () => {
    // Two columns; rows: None [10, 20], Up [+1, +2] → [11, 22], Sub [5, +5] → [5, 10], Paeth [1, 1] → predicted from up/left.
    const rows = [0, 10, 20, 2, 1, 2, 1, 5, 5, 4, 1, 1];
    const parms = dict([
      ['Predictor', 12],
      ['Columns', 2],
    ]);
    const out = decodeStream(
      dict([
        ['Filter', flate],
        ['DecodeParms', parms],
      ]),
      new Uint8Array(deflateSync(Uint8Array.from(rows))),
      same,
      new InflateBudget(),
    );
    // Paeth of the last row: first byte (left 0, up 5, up-left 0) → up 5 + 1 = 6; second (left 6, up 10, up-left 5) → p = 11, nearest is up 10 → 11.
    expect([...out]).toEqual([10, 20, 11, 22, 5, 10, 6, 11]);
  });

  it('declines other filters, filter chains, TIFF predictors and data that does not inflate', () => {
    expect(() => decodeStream(dict([['Filter', PdfName.get('DCTDecode')]]), new Uint8Array(4), same, new InflateBudget())).toThrow(DeclinedPdf);
    expect(() => decodeStream(dict([['Filter', [flate, flate]]]), new Uint8Array(4), same, new InflateBudget())).toThrow(DeclinedPdf);
    const tiff = dict([['Predictor', 2]]);
    expect(() => decodeStream(dict([['Filter', flate], ['DecodeParms', tiff]]), new Uint8Array(deflateSync(Uint8Array.of(1))), same, new InflateBudget())).toThrow(DeclinedPdf);
    expect(() => decodeStream(dict([['Filter', flate]]), Uint8Array.of(1, 2, 3, 4), same, new InflateBudget())).toThrow(DeclinedPdf);
  });

  it('inflates within the file\'s budget: past a stream\'s cap or the file\'s total, the file\'s error (not a decline)', () => {
    const z = new Uint8Array(deflateSync(new Uint8Array(1000)));
    const filtered = dict([['Filter', flate]]);
    // A stream cap of 999 bytes: the stream of 1000 zeros passes it.
    expect(() => decodeStream(filtered, z, same, new InflateBudget(999, 10_000))).toThrow(new PdfError('PDF stream inflates past 0 MB: not read'));
    let thrown: unknown;
    try {
      decodeStream(filtered, z, same, new InflateBudget(999, 10_000));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(PdfError);
    expect(thrown).not.toBeInstanceOf(DeclinedPdf);
    // Two streams of 1000 under a cap of 1000 each, three under a total of 2500: the third passes the total.
    const budget = new InflateBudget(1000, 2500);
    expect(decodeStream(filtered, z, same, budget).length).toBe(1000);
    expect(decodeStream(filtered, z, same, budget).length).toBe(1000);
    expect(budget.left).toBe(500);
    expect(() => decodeStream(filtered, z, same, budget)).toThrow(/^PDF streams inflate past 0 MB in all: not read$/);
    // Unfiltered bytes are not inflated, and not counted.
    expect(decodeStream(new Map(), new Uint8Array(10), same, budget).length).toBe(10);
    expect(budget.left).toBe(500);
  });
});
