/**
 * Word input that is not a readable report gets a clear one-line error, and a Word document
 * under another name is still read: every case through parseReport, as the build and the
 * import call it. CFB and zip containers here are synthetic test data (marked by their names).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/lib/report/parseReport';
import { makeDocx, p } from './factories/makeDocx';

const FIXTURE = fileURLToPath(new URL('./fixtures/seeds/000_33cbb0de23e7a3a9.docx', import.meta.url));
const seedDocx = () => new Uint8Array(readFileSync(FIXTURE));
const outcome = (bytes: Uint8Array, file: string) => parseReport(bytes, { file });

/** Synthetic OLE compound file: the signature, then directory entry names as UTF-16LE. */
function syntheticCfb(...streams: string[]): Uint8Array {
  const names = streams.flatMap((s) => [...s].flatMap((c) => [c.charCodeAt(0), 0]).concat(Array(64 - 2 * s.length).fill(0)));
  return new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array(504).fill(0), ...names]);
}

describe('Word input: bad files get a clear error', () => {
  it('a Word 97–2003 .doc says to save it as .docx or PDF', async () => {
    expect(await outcome(syntheticCfb('Root Entry', 'WordDocument', '1Table', 'SummaryInformation'), '2021年报.doc')).toEqual({
      ok: false,
      file: '2021年报.doc',
      error: 'Word 97–2003 .doc is not read: save it as .docx or PDF',
    });
  });

  it('a password-protected .docx (OOXML encryption: a compound file) says to remove the password', async () => {
    expect(await outcome(syntheticCfb('Root Entry', 'EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces'), 'report.docx')).toMatchObject({
      ok: false,
      error: 'a password-protected Office document is not read: remove the password in Word and save it again',
    });
  });

  it('a .docx that is really a zip of something else names what it holds', async () => {
    const zip = zipSync({ 'report.txt': strToU8('公安局 2021 年政府信息公开工作年度报告'), 'images/a.png': new Uint8Array([1]) });
    expect(await outcome(zip, 'report.docx')).toMatchObject({ ok: false, error: 'not a Word document: it is a zip of 2 files (report.txt, images/a.png) without word/document.xml' });
  });

  it('an empty .docx: 0 bytes, an empty zip, and a Word document with no text', async () => {
    expect(await outcome(new Uint8Array(), 'empty.docx')).toMatchObject({ ok: false, error: 'empty file (0 bytes)' });
    expect(await outcome(zipSync({}), 'empty.docx')).toMatchObject({ ok: false, error: 'not a Word document: it is an empty zip' });
    expect(await outcome(makeDocx('<w:p/>'), 'blank.docx')).toMatchObject({ ok: false, error: 'no report found: the document shows no text' });
  });

  it('a Word document that is not a report is refused', async () => {
    expect(await outcome(makeDocx(p('会议纪要') + p('今天讨论了明年的计划。')), 'memo.docx')).toMatchObject({
      ok: false,
      error: 'no report found in the document: none of tables 2–4 and no 政府信息公开 report title',
    });
  });

  it('a truncated .docx is an error, not a crash', async () => {
    const bytes = seedDocx();
    for (const cut of [40, Math.floor(bytes.length / 2), bytes.length - 10]) {
      const r = await outcome(bytes.subarray(0, cut), 'cut.docx');
      expect(r.ok, `cut at ${cut}`).toBe(false);
      expect(r.ok ? '' : r.error).toMatch(/^(not a Word document|cannot read the \.docx)/);
    }
  });

  it('a .docx whose XML unpacks past the bound is refused before mammoth reads it (zip bomb)', async () => {
    const bomb = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': new Uint8Array(70 * 1024 * 1024).fill(0x20) }, { level: 1 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await outcome(bomb, 'bomb.docx')).toMatchObject({ ok: false, error: 'document too large to be one report: its XML unpacks to more than 64.0 MB' });
  });
});

describe('Word input: the bytes decide over the name', () => {
  it('a .docx renamed .doc (or .txt) is read as Word', async () => {
    for (const name of ['report.doc', 'report.txt', 'report.wps']) {
      const r = await outcome(seedDocx(), name);
      expect(r.ok, name).toBe(true);
      if (r.ok) expect(r.report.source.format).toBe('docx');
      if (r.ok) expect(r.report.agency.name).toBe('济源示范区公安局');
    }
  });

  it('a web page saved by Word as .doc is read as a page', async () => {
    const html = '<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><h1>济源示范区公安局2021年政府信息公开工作年度报告</h1><p>一、总体情况</p></body></html>';
    const r = await outcome(strToU8(html), 'report.doc');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.report.source.format).toBe('html');
  });
});
