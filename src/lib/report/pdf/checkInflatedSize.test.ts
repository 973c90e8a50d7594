import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkInflatedSize } from './checkInflatedSize';
import { InflateBudget } from './extract/InflateBudget';
import { PdfError } from './PdfError';

/** SYNTHETIC PDF-like bytes: each stream's data as given, in `n 0 obj … stream … endstream` (no xref: none is needed). */
function file(streams: (Uint8Array | string)[]): Uint8Array {
  const latin1 = (b: Uint8Array | string) => (typeof b === 'string' ? b : Buffer.from(b).toString('latin1'));
  const body = streams.map((s, i) => `${i + 1} 0 obj\n<< /Length 10 /Filter /FlateDecode >>\nstream\n${latin1(s)}\nendstream\nendobj\n`).join('');
  return Uint8Array.from(`%PDF-1.7\n${body}%%EOF\n`, (c) => c.charCodeAt(0));
}
const z = (b: Uint8Array | string, level = 6) => new Uint8Array(deflateSync(typeof b === 'string' ? Buffer.from(b, 'latin1') : b, { level }));
const zeros = (n: number) => new Uint8Array(n);

describe('checkInflatedSize: what pdfjs would inflate, bounded before it is handed the file', () => {
  it('counts every zlib stream found by its bytes; past the file\'s total or a stream\'s cap, the file\'s error', () => {
    const budget = new InflateBudget(1500, 2500);
    checkInflatedSize(file([z(zeros(1000)), z(zeros(1000))]), budget);
    expect(budget.left).toBe(500);
    expect(() => checkInflatedSize(file([z(zeros(1000)), z(zeros(1000)), z(zeros(1000))]), new InflateBudget(1500, 2500))).toThrow(
      new PdfError('PDF streams inflate past 0 MB in all: not read'),
    );
    expect(() => checkInflatedSize(file([z(zeros(1501))]), new InflateBudget(1500, 2500))).toThrow(new PdfError('PDF stream inflates past 0 MB: not read'));
  });

  it('leaves data that is not zlib alone (a JPEG picture, a plain content stream)', () => {
    const budget = new InflateBudget(1500, 2500);
    checkInflatedSize(file(['\xff\xd8\xff\xe0 JFIF picture bytes', 'BT /F1 12 Tf (x) Tj ET']), budget);
    expect(budget.left).toBe(2500);
  });

  it('inflates a stream to its end, whatever its /Length says and past an `endstream` inside its data', () => {
    // Stored (level 0): the text `endstream` appears as is in the compressed bytes, 100 bytes in.
    const data = z(`${'x'.repeat(100)}\nendstream\n${'\0'.repeat(2000)}`, 0);
    const budget = new InflateBudget(5000, 5000);
    checkInflatedSize(file([data]), budget);
    expect(5000 - budget.left).toBeGreaterThanOrEqual(2111);
  });

  it('unwinds a chain of FlateDecode filters (zlib data inflating to zlib data)', () => {
    expect(() => checkInflatedSize(file([z(z(zeros(100_000)))]), new InflateBudget(50_000, 1_000_000))).toThrow(PdfError);
    const budget = new InflateBudget(200_000, 1_000_000);
    checkInflatedSize(file([z(z(zeros(100_000)))]), budget);
    expect(1_000_000 - budget.left).toBeGreaterThan(100_000);
  });

  it('counts a damaged stream\'s bytes up to the damage (pdfjs keeps them)', () => {
    const text = Array.from({ length: 4000 }, (_, i) => `${i} 0 Td (${i * 7}) Tj `).join('');
    const whole = z(text);
    const budget = new InflateBudget(1_000_000, 1_000_000);
    checkInflatedSize(file([whole.subarray(0, whole.length >> 1)]), budget);
    expect(1_000_000 - budget.left).toBeGreaterThan(text.length / 4);
  });
});
