/**
 * Bad PDFs get one clear line each and never a report of zeros: a scan without a
 * text layer, an encrypted file, a truncated download, a damaged file, a file that
 * only claims to be a PDF, and a 300-page file (read up to the page cap, in bounded
 * time). The PDFs are synthetic test data written by test/factories/makePdf.ts.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/lib/report/parseReport';
import { MAX_PDF_PAGES, readPdf, SCANNED_PDF } from '../src/lib/report/pdf/readPdf';
import { useNodePdfAssets } from '../scripts/lib/nodePdfAssets';
import { makePdf } from './factories/makePdf';

useNodePdfAssets();

const textPage = (lines: string[]) => ({ texts: lines.map((text, i) => ({ x: 72, y: 770 - i * 20, text })) });
const parse = (bytes: Uint8Array, file = 'report.pdf') => parseReport(bytes, { file });

describe('bad PDF input: one clear error, nothing invented', () => {
  it('a scanned PDF (pictures, no text layer) is its own outcome, not a report of blanks or zeros', async () => {
    const outcome = await parse(makePdf([{ image: true }, { image: true }]));
    expect(outcome).toEqual({ ok: false, file: 'report.pdf', error: SCANNED_PDF });
    expect(SCANNED_PDF).toMatch(/^scanned PDF, no text layer: tables not read/);
  });

  it('an encrypted PDF says it needs a password', async () => {
    const outcome = await parse(makePdf([textPage(['Annual report'])], { password: 'secret' }));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error).toBe('encrypted PDF: it needs a password to open; save an unprotected copy');
  });

  it('a truncated PDF (a download cut short) says so', async () => {
    const whole = makePdf([textPage(['Annual report 2023'])]);
    const outcome = await parse(whole.subarray(0, Math.floor(whole.length / 2)));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error).toMatch(/^truncated PDF/);
  });

  it('a damaged PDF (header and end marker, garbage between) is an error, not a scan', async () => {
    const bytes = new TextEncoder().encode(`%PDF-1.7\n${'garbage '.repeat(200)}\n%%EOF\n`);
    const outcome = await parse(bytes);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error).not.toBe(SCANNED_PDF);
      expect(outcome.error).toMatch(/^damaged PDF: /);
      expect(outcome.error).not.toContain('\n');
    }
  });

  it('a file named .pdf that is not one says so', async () => {
    const outcome = await parse(new TextEncoder().encode('<html><body>not a pdf</body></html>'));
    expect(outcome).toEqual({ ok: false, file: 'report.pdf', error: 'not a PDF file (no %PDF- header)' });
  });

  it('a PDF with text but no report in it is refused like any other non-report', async () => {
    const outcome = await parse(makePdf([textPage(Array.from({ length: 20 }, (_, i) => `Minutes of meeting number ${i}`))]));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error).toMatch(/^no report found in the PDF/);
  });

  it(`a 300-page PDF is read up to ${MAX_PDF_PAGES} pages and the batch goes on`, async () => {
    const pages = Array.from({ length: 300 }, (_, i) => textPage([`Page ${i + 1} of a very long appendix with many words on it`]));
    const bytes = makePdf(pages);
    const read = await readPdf(bytes);
    expect(read).toMatchObject({ ok: true, pageCount: 300, pagesRead: MAX_PDF_PAGES });
    if (read.ok) expect(read.text).toContain(`Page ${MAX_PDF_PAGES} of`);
    if (read.ok) expect(read.text).not.toContain(`Page ${MAX_PDF_PAGES + 1} of`);
    // No report title in it: refused, and the next file of the batch is read as usual.
    expect((await parse(bytes)).ok).toBe(false);
    const next = await parse(makePdf([{ image: true }]), 'next.pdf');
    expect(next).toMatchObject({ ok: false, file: 'next.pdf' });
  });
});
