/**
 * Word reports everywhere a report can enter: a corpus folder built by build:data (in this
 * thread and in worker threads), and Import reports (a .docx dropped, or inside a .zip). Files
 * of formats not read (.doc, .wps, .ofd, images, spreadsheets) are listed with an outcome each
 * saying what to do; the batch goes on.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild } from '../scripts/data/runBuild';
import type { BuildReport } from '../src/lib/data/types';
import { loadGazetteer } from '../src/lib/dataset/region/gazetteer';
import { calcImportedDataset } from '../src/lib/import/calcImportedDataset';
import { expandZip } from '../src/lib/import/expandZip';
import { parseImportFiles } from '../src/lib/import/parseImportFiles';
import { webCryptoSha256 } from '../src/lib/report/webCryptoSha256';
import { withDetails } from '../src/lib/data/withDetails';

const FIXTURES = fileURLToPath(new URL('./fixtures/seeds/', import.meta.url));
const DOCX = '000_33cbb0de23e7a3a9.docx'; // 济源示范区公安局 2021
const SEED_TEXT = 'data/reports/seeds/001_6d48f98caee9bd35.txt';
const root = mkdtempSync(join(tmpdir(), 'docx-corpus-'));
afterAll(() => rmSync(root, { recursive: true, force: true }), 120_000); // a build is ~900 small files: slow to remove under load

/** Synthetic files of formats not read. */
const OTHERS: Record<string, Uint8Array> = {
  '2020年报.doc': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array(504).fill(0), ...[...'WordDocument'].flatMap((c) => [c.charCodeAt(0), 0])]),
  '2019年报.ofd': zipSync({ 'OFD.xml': strToU8('<ofd:OFD/>') }),
  '表格截图.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 13]),
  '统计表.xlsx': zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }),
};

function corpus(): string {
  const dir = join(root, `corpus-${Math.random().toString(36).slice(2)}`);
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(FIXTURES, DOCX), join(dir, 'jiyuan.docx'));
  copyFileSync(SEED_TEXT, join(dir, 'seed.txt'));
  for (const [name, bytes] of Object.entries(OTHERS)) writeFileSync(join(dir, name), bytes);
  writeFileSync(join(dir, 'notes.exe'), 'MZ');
  return dir;
}

const EXPECTED_ERRORS = {
  '2019年报.ofd': 'OFD is not read: print or export it as PDF',
  '2020年报.doc': 'Word 97–2003 .doc is not read: save it as .docx or PDF',
  '统计表.xlsx': 'a spreadsheet (.xlsx) is not read: use the report itself (web page, PDF or .docx)',
  '表格截图.png': 'a PNG image is not read (no text, no OCR): use the report as a web page, PDF or .docx',
};

function outcomes(report: BuildReport) {
  return Object.fromEntries(report.files.map((f) => [f.file, f.outcome === 'error' ? f.reason : f.outcome]));
}

describe('build:data with Word files and formats not read', () => {
  it.each([0, 2])('with %i worker threads: the .docx is a report; each other format an error saying what to do; .exe listed as skipped (every input has an outcome)', async (workers) => {
    const out = join(root, `out-${workers}`);
    const { manifest, details, buildReport } = await runBuild({ corpus: corpus(), out, workers });
    const rows = withDetails(manifest.reports, details)!;
    expect(rows.map((r) => [r.file, r.name, r.year])).toEqual(
      expect.arrayContaining([
        ['jiyuan.docx', '济源示范区公安局', 2021],
        ['seed.txt', expect.any(String), expect.any(Number)],
      ]),
    );
    const got = outcomes(buildReport);
    expect(got['jiyuan.docx']).toBe('parsed');
    for (const [file, reason] of Object.entries(EXPECTED_ERRORS)) expect(got[file], file).toBe(reason);
    expect(got['notes.exe']).toBe('skipped');
    const stored = JSON.parse(readFileSync(join(out, `reports/${rows.find((r) => r.file === 'jiyuan.docx')!.id}.json`), 'utf8'));
    expect(stored.source.format).toBe('docx');
  });
});

describe('Import reports with Word files', async () => {
  const gazetteer = await loadGazetteer();
  const docx = new Uint8Array(readFileSync(join(FIXTURES, DOCX)));

  it('a .docx dropped, and one inside a .zip, are read; other formats get their line', async () => {
    const zip = zipSync({ 'reports/jiyuan.docx': docx, 'reports/2020年报.doc': OTHERS['2020年报.doc'] });
    const files = [...expandZip('reports.zip', zip), { file: 'dropped.docx', bytes: docx }, { file: '表格截图.png', bytes: OTHERS['表格截图.png'] }, { file: 'x.exe', bytes: new Uint8Array() }];
    const own = await parseImportFiles(files, gazetteer);
    const byFile = Object.fromEntries(own.map((f) => [f.file, f.parsed.ok ? 'ok' : f.parsed.error]));
    expect(byFile).toEqual({
      'reports.zip/reports/jiyuan.docx': 'ok',
      'reports.zip/reports/2020年报.doc': EXPECTED_ERRORS['2020年报.doc'],
      'dropped.docx': 'ok',
      '表格截图.png': EXPECTED_ERRORS['表格截图.png'],
      'x.exe': 'not a report file (.txt, .md, .html, .pdf, .docx, .json or .zip)',
    });
    const { dataset } = await calcImportedDataset(own, [], 'replace', webCryptoSha256);
    expect(dataset.manifest.reports).toHaveLength(1);
    expect(dataset.buildReport.counts.duplicates).toBe(1);
  });
});
