import { describe, expect, it } from 'vitest';
import { makeFontPdf } from '../../../../../test/factories/makeFontPdf';
import { makePdf } from '../../../../../test/factories/makePdf';
import { DeclinedPdf } from './DeclinedPdf';
import { PdfFile } from './PdfFile';
import { isDict, PdfName, PdfRef, PdfStream } from './pdfValue';

const lines = [{ x: 72, y: 770, text: 'Annual report 2023' }];
const latin1 = (b: Uint8Array) => Array.from(b, (c) => String.fromCharCode(c)).join('');

describe('PdfFile: objects by reference', () => {
  it('reads a classic xref table and fetches the catalog and page tree', () => {
    const file = new PdfFile(makeFontPdf(lines, { xref: 'table' }));
    const root = file.get(file.trailer, 'Root');
    expect(isDict(root) && root.get('Type')).toBe(PdfName.get('Catalog'));
    const pages = isDict(root) ? file.get(root, 'Pages') : null;
    expect(isDict(pages) && pages.get('Count')).toBe(1);
  });

  it('reads xref streams with a PNG predictor, objects inside an object stream, and the newest object of a /Prev chain', () => {
    const file = new PdfFile(makeFontPdf(lines, { xref: 'stream' }));
    const page = file.fetch(new PdfRef(3, 0));
    expect(isDict(page) && page.get('Type')).toBe(PdfName.get('Page'));
    const contents = isDict(page) ? file.get(page, 'Contents') : null;
    expect(contents).toBeInstanceOf(PdfStream);
    // The update replaced the first version ("draft") of the page's content.
    expect(latin1(file.streamBytes(contents as PdfStream))).toContain('(Annual report 2023) Tj');
  });

  it('declines an encrypted file, a file without startxref, and a reference the xref lacks', () => {
    expect(() => new PdfFile(makePdf([{ texts: [{ x: 72, y: 770, text: 'x' }] }], { password: 'secret' }))).toThrow(DeclinedPdf);
    expect(() => new PdfFile(Uint8Array.from('%PDF-1.4\n%%EOF\n', (c) => c.charCodeAt(0)))).toThrow(DeclinedPdf);
    const file = new PdfFile(makeFontPdf(lines));
    expect(() => file.fetch(new PdfRef(999, 0))).toThrow(DeclinedPdf);
  });

  it('declines an xref offset that does not hold the object it names', () => {
    const bytes = makeFontPdf(lines, { xref: 'table' });
    const text = latin1(bytes);
    // Point object 1's xref entry at object 2.
    const at2 = text.indexOf('\n2 0 obj') + 1;
    const entries = text.indexOf('0000000000 65535 f \n') + 20;
    const patched = text.slice(0, entries) + String(at2).padStart(10, '0') + text.slice(entries + 10);
    const file = new PdfFile(Uint8Array.from(patched, (c) => c.charCodeAt(0)));
    expect(() => file.fetch(new PdfRef(1, 0))).toThrow(DeclinedPdf);
  });
});
