/**
 * Our PDF text extractor reads what pdfjs reads: for every committed PDF fixture and, where
 * ../shared is beside the project, every real PDF of ../shared/corpus/pdf, the extractor's tokens
 * (after toTokens) equal pdfjs's, page by page and token by token. Documents it does not read for
 * sure (a Type3 font without a ToUnicode map, a CID font over another CMap, a standard Type1
 * font, encryption, a scanned page) it declines, and the reader gives pdfjs's reading of them,
 * unchanged. The small PDFs are synthetic test data from test/factories/makeFontPdf.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractPdfPages } from '../src/lib/report/pdf/extract/extractPdfPages';
import { DeclinedPdf } from '../src/lib/report/pdf/extract/DeclinedPdf';
import { MAX_PDF_PAGES, readPdf, SCANNED_PDF } from '../src/lib/report/pdf/readPdf';
import { extractPages, readPdfPages } from '../src/lib/report/pdf/readPdfPages';
import { readPagesWithPdfjs } from '../src/lib/report/pdf/readPagesWithPdfjs';
import { firstPagesDifference } from '../scripts/lib/firstPagesDifference';
import { useNodePdfAssets } from '../scripts/lib/nodePdfAssets';
import { makeFontPdf, type FontKind } from './factories/makeFontPdf';
import { makePdf } from './factories/makePdf';
import { hasShared, SHARED } from './seedTruth';

useNodePdfAssets();

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const committed = readdirSync(FIXTURES, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.pdf'))
  .map((e) => join(e.parentPath, e.name))
  .sort();
const REAL = `${SHARED}pdf/`;
const real = hasShared('pdf') ? readdirSync(REAL).filter((f) => f.endsWith('.pdf')).sort().map((f) => REAL + f) : [];

async function expectSameAsPdfjs(bytes: Uint8Array) {
  const ours = extractPages(bytes, MAX_PDF_PAGES);
  expect(ours, 'the extractor declined').not.toBeNull();
  const theirs = await readPagesWithPdfjs(bytes, MAX_PDF_PAGES);
  expect(firstPagesDifference(ours!, theirs)).toBeNull();
  expect(ours!.pages.some((p) => p.tokens.length > 0)).toBe(true);
}

describe('the extractor reads the committed PDF fixtures exactly as pdfjs does', () => {
  // Chromium's prints (Type3 and TrueType fonts), and LibreOffice Writer's (TrueType, and Noto Sans CJK embedded as Type1 programs).
  it('there are committed PDF fixtures to compare', () => expect(committed.length).toBeGreaterThanOrEqual(5));
  for (const path of committed) it(`${path.slice(FIXTURES.length)}: same tokens as pdfjs`, async () => expectSameAsPdfjs(new Uint8Array(readFileSync(path))));
});

describe.skipIf(!real.length)('the extractor reads the real PDFs of ../shared/corpus/pdf exactly as pdfjs does', () => {
  for (const path of real) it(`${path.slice(REAL.length)}: same tokens as pdfjs`, async () => expectSameAsPdfjs(new Uint8Array(readFileSync(path))));
});

const lines = [
  { x: 72, y: 770, text: 'Annual report 2023 {a|b}' },
  { x: 72, y: 750, text: 'Applications received: 12 (of which 3 online)' },
  { x: 300, y: 750, size: 9, text: 'a cell further right' },
];

describe('the extractor reads what it is sure of, in every file structure', () => {
  for (const xref of ['table', 'stream'] as const)
    it(`a Type3 font with a ToUnicode map, ${xref === 'table' ? 'a classic xref table' : 'an xref stream, an object stream and an update'}`, async () => {
      const bytes = makeFontPdf(lines, { font: 'type3', xref, compress: xref === 'stream' });
      await expectSameAsPdfjs(bytes);
      expect(extractPages(bytes, MAX_PDF_PAGES)!.pages[0].tokens.map((t) => t.text)).toContain('Applications received: 12 (of which 3 online)');
    });
});

describe('what the extractor is not sure of goes to pdfjs, and reads the same as before', () => {
  const declined: [FontKind, RegExp][] = [
    ['type3-no-tounicode', /ToUnicode/],
    ['gb-cmap', /CMap other than Identity/],
    ['helvetica', /font without a descriptor/],
    ['type1-own-matrix', /Type1 font without a program the extractor knows/],
  ];
  for (const [font, reason] of declined)
    it(`${font}: declined (${reason.source}), pdfjs's reading kept`, async () => {
      const bytes = makeFontPdf(lines, { font });
      expect(() => extractPdfPages(bytes, MAX_PDF_PAGES)).toThrow(DeclinedPdf);
      expect(() => extractPdfPages(bytes, MAX_PDF_PAGES)).toThrow(reason);
      expect(extractPages(bytes, MAX_PDF_PAGES)).toBeNull();
      const read = await readPdfPages(bytes, MAX_PDF_PAGES);
      expect(firstPagesDifference(read, await readPagesWithPdfjs(bytes, MAX_PDF_PAGES))).toBeNull();
      expect(read.pages[0].tokens.map((t) => t.text).join(' ')).toContain('Annual');
    });

  it('an encrypted PDF is declined, and pdfjs names the password', async () => {
    const bytes = makePdf([{ texts: [{ x: 72, y: 770, text: 'Annual report' }] }], { password: 'secret' });
    expect(() => extractPdfPages(bytes, MAX_PDF_PAGES)).toThrow(/encrypted/);
    expect(await readPdf(bytes)).toEqual({ ok: false, error: 'encrypted PDF: it needs a password to open; save an unprotected copy' });
  });

  it('a scanned page (a picture, no text) goes to pdfjs, which tells a scan from an empty page', async () => {
    const bytes = makePdf([{ image: true }, { image: true }]);
    expect(extractPdfPages(bytes, MAX_PDF_PAGES).pages[0].paintsImage).toBe(true);
    expect(extractPages(bytes, MAX_PDF_PAGES)).toBeNull();
    expect(await readPdf(bytes)).toEqual({ ok: false, error: SCANNED_PDF });
  });
});
