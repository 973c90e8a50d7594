/** Which reader a file goes to: the bytes decide over the name; formats not read get a line saying what to do, in English and Chinese. */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectFormat } from './detectFormat';
import { formatOf } from './parseReport';
import { UNREAD_EXTENSIONS, UNREAD_MESSAGES, unreadMessageZh } from './unreadFormats';

/** Synthetic OLE compound file: the signature, then directory entry names as UTF-16LE. */
function cfb(...streams: string[]): Uint8Array {
  const names = streams.flatMap((s) => [...s].flatMap((c) => [c.charCodeAt(0), 0]).concat(Array(64 - 2 * s.length).fill(0)));
  return new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array(504).fill(0), ...names]);
}
const zip = (...names: string[]) => zipSync(Object.fromEntries(names.map((n) => [n, strToU8('x')])));
const detect = (file: string, bytes: Uint8Array) => detectFormat(file, bytes, formatOf(file));
const text = (s: string) => strToU8(s);

describe('detectFormat', () => {
  it.each([
    ['report.txt', text('报告'), 'txt'],
    ['report.html', text('<p>报告</p>'), 'html'],
    ['report.docx', zip('[Content_Types].xml', 'word/document.xml'), 'docx'],
    ['renamed.doc', zip('[Content_Types].xml', 'word/document.xml'), 'docx'],
    ['renamed.txt', zip('word/document.xml'), 'docx'],
    ['page.doc', text('<html xmlns:w="urn:schemas-microsoft-com:office:word"><body><p>报告</p></body></html>'), 'html'],
    ['page.wps', text('\ufeff<!DOCTYPE html><html><body>x</body></html>'), 'html'],
  ])('%s is read as %s', (file, bytes, format) => {
    expect(detect(file, bytes)).toEqual({ ok: true, format });
  });

  it.each([
    ['report.doc', cfb('Root Entry', 'WordDocument', '1Table'), 'Word 97–2003 .doc is not read: save it as .docx or PDF'],
    ['report.wps', cfb('Root Entry', 'WordDocument'), 'WPS .wps is not read: save it as .docx or PDF in WPS'],
    ['protected.docx', cfb('Root Entry', 'EncryptionInfo', 'EncryptedPackage'), 'a password-protected Office document is not read: remove the password in Word and save it again'],
    ['tables.xls', cfb('Root Entry', 'Workbook'), 'a spreadsheet (.xls) is not read: use the report itself (web page, PDF or .docx)'],
    ['tables.xlsx', zip('xl/workbook.xml'), 'a spreadsheet (.xlsx) is not read: use the report itself (web page, PDF or .docx)'],
    ['report.ofd', zip('OFD.xml', 'Doc_0/Document.xml'), 'OFD is not read: print or export it as PDF'],
    ['report.odt', zip('mimetype', 'content.xml'), 'OpenDocument .odt is not read: save it as .docx or PDF'],
    ['scan.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]), 'a PNG image is not read (no text, no OCR): use the report as a web page, PDF or .docx'],
    ['scan.txt', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), 'a JPEG image is not read (no text, no OCR): use the report as a web page, PDF or .docx'],
    ['report.rtf', text('{\\rtf1\\ansi 报告}'), 'RTF is not read: save it as .docx or PDF'],
    ['other.docx', zip('a.txt', 'b.txt'), 'not a Word document: it is a zip of 2 files (a.txt, b.txt) without word/document.xml'],
    ['text.docx', text('报告 2021'), 'not a Word document: a .docx is a zip, this file is not'],
    ['empty.docx', new Uint8Array(), 'empty file (0 bytes)'],
    ['cut.docx', zip('word/document.xml').subarray(0, 30), 'not a Word document: the .docx is a damaged or truncated zip'],
    ['report.exe', text('MZ'), 'unsupported file type (expected .txt, .md, .html, .json, .pdf or .docx)'],
  ])('%s: %s', (file, bytes, error) => {
    expect(detect(file, bytes)).toEqual({ ok: false, error });
  });

  it('a PDF goes to the PDF reader whatever its name', () => {
    for (const file of ['report.pdf', 'renamed.txt', 'download.html', 'report.doc']) expect(detect(file, text('%PDF-1.7\n')), file).toEqual({ ok: true, format: 'pdf' });
  });

  it('a file of a format not read, by name alone, gets its line', () => {
    expect(detect('report.ofd', text('junk'))).toEqual({ ok: false, error: 'OFD is not read: print or export it as PDF' });
    expect(detect('photo.heic', text('junk'))).toMatchObject({ ok: false, error: expect.stringMatching(/^a HEIC image is not read/) });
  });

  it('every line of a format not read has its Chinese line, and others stay as written', () => {
    for (const [ext, kind] of Object.entries(UNREAD_EXTENSIONS)) {
      const en = UNREAD_MESSAGES[kind].en(`.${ext}`);
      expect(unreadMessageZh(en), en).toBe(UNREAD_MESSAGES[kind].zh(`.${ext}`));
      expect(unreadMessageZh(en), en).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(unreadMessageZh('no report found: none of tables 2–4')).toBeNull();
  });
});
