/**
 * Zip bombs: a PDF whose streams inflate far past any report's (SYNTHETIC, generated here by
 * test/factories/makeBombPdf.ts: a few tens of KB each) is declined with one line, in
 * `parseReport` and in the build's file outcome, with either inflater (zlib, as in the Node
 * scripts; ours, as in the browser), by the extractor and on the pdfjs path alike; the rest of
 * the batch is read.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { useNodePdfAssets } from '../scripts/lib/nodePdfAssets';
import { parseCorpus } from '../src/lib/dataset/parseCorpus';
import { loadGazetteer } from '../src/lib/dataset/region/gazetteer';
import { parseReport } from '../src/lib/report/parseReport';
import { MAX_FILE_INFLATED, MAX_STREAM_INFLATED } from '../src/lib/report/pdf/extract/InflateBudget';
import { setPdfInflate } from '../src/lib/report/pdf/extract/pdfInflate';
import { webCryptoSha256 } from '../src/lib/report/webCryptoSha256';
import { makeBombPdf } from './factories/makeBombPdf';

const MB = 1048576;
const STREAM_ERROR = 'PDF stream inflates past 64 MB: not read';
const BUDGET_ERROR = 'PDF streams inflate past 256 MB in all: not read';
const SEED = 'test/fixtures/seeds/000_33cbb0de23e7a3a9.pdf';

/** One stream just past the cap; five streams under it, past the file's total together. */
const streamBomb = makeBombPdf({ contents: [MAX_STREAM_INFLATED + 1] });
const parts = Math.ceil(MAX_FILE_INFLATED / (60 * MB)) + 1;
const budgetBomb = makeBombPdf({ contents: Array(parts).fill(60 * MB) });

afterAll(() => useNodePdfAssets());

describe('zip bombs: declined with one line, the batch goes on', () => {
  it('the bombs are small files, and the caps are what the messages say', () => {
    expect(streamBomb.length).toBeLessThan(100_000);
    expect(budgetBomb.length).toBeLessThan(400_000);
    expect(MAX_STREAM_INFLATED).toBe(64 * MB);
    expect(MAX_FILE_INFLATED).toBe(256 * MB);
    expect(60 * MB).toBeLessThan(MAX_STREAM_INFLATED);
    expect(parts * 60 * MB).toBeGreaterThan(MAX_FILE_INFLATED);
  });

  for (const [inflater, set] of [
    ['zlib (the Node scripts)', () => useNodePdfAssets()],
    ['inflateZlib (the browser)', () => setPdfInflate(null)],
  ] as const) {
    it(`${inflater}: a stream past the cap, and streams past the file's total, are the file's error`, async () => {
      set();
      expect(await parseReport(streamBomb, { file: 'bomb.pdf' })).toEqual({ ok: false, file: 'bomb.pdf', error: STREAM_ERROR });
      expect(await parseReport(budgetBomb, { file: 'many.pdf' })).toEqual({ ok: false, file: 'many.pdf', error: BUDGET_ERROR });
    });
  }

  it('on the pdfjs path too (a file the extractor declines before inflating: no xref; a picture it never inflates)', async () => {
    useNodePdfAssets();
    const noXref = makeBombPdf({ contents: [MAX_STREAM_INFLATED + 1], noXref: true });
    expect(await parseReport(noXref, { file: 'noxref.pdf' })).toEqual({ ok: false, file: 'noxref.pdf', error: STREAM_ERROR });
    const picture = makeBombPdf({ image: MAX_STREAM_INFLATED + 1 });
    expect(await parseReport(picture, { file: 'picture.pdf' })).toEqual({ ok: false, file: 'picture.pdf', error: STREAM_ERROR });
    // The same file without the bomb is read by pdfjs as before (no report in it: refused as any non-report).
    const plain = await parseReport(makeBombPdf({ image: 10_000 }), { file: 'plain.pdf' });
    expect(plain).toMatchObject({ ok: false, error: expect.stringMatching(/^no (report|text)/) });
  });

  it('in the build: each bomb is its file\'s outcome, and the report after them is read', async () => {
    useNodePdfAssets();
    const files: Record<string, Uint8Array> = { 'a-bomb.pdf': streamBomb, 'b-many.pdf': budgetBomb, 'c-seed.pdf': readFileSync(SEED) };
    const entries = Object.entries(files).map(([file, b]) => ({ file, format: 'pdf' as const, size: b.length }));
    const out = await parseCorpus(entries, {
      read: async (f) => files[f],
      parse: parseReport,
      sha256: webCryptoSha256,
      gazetteer: await loadGazetteer(),
    });
    expect(out.map((o) => [o.file, o.ok, o.ok ? '' : o.error])).toEqual([
      ['a-bomb.pdf', false, STREAM_ERROR],
      ['b-many.pdf', false, BUDGET_ERROR],
      ['c-seed.pdf', true, ''],
    ]);
  });
});
