/**
 * Issue 13, finding 3: one bad byte must not lose the whole report. UTF-8 files cut
 * mid-character or holding a stray byte, GBK files with a stray byte, a UTF-16 file cut at an
 * odd byte: decoded in the encoding the whole file shows, bad spots replaced, a warning giving
 * the byte offset, every cell away from the damage read as in the intact file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/lib/report/decodeBytes';
import { parseReport } from '../../src/lib/report/parseReport';
import { cellPaths, getPath } from '../../src/lib/report/schema';
import type { Report } from '../../src/lib/report/types';
import { SEEDS } from './hostileCorpus';

const TEXT = readFileSync(join(SEEDS, '000_33cbb0de23e7a3a9.txt'), 'utf8');
const UTF8 = new TextEncoder().encode(TEXT);

async function parse(bytes: Uint8Array): Promise<Report> {
  const out = await parseReport(bytes, { file: 'r.txt' });
  if (!out.ok) throw new Error(out.error);
  return out.report;
}
const cells = (r: Report) => cellPaths(r.template).map((p) => getPath(r, p));
const original = await parse(UTF8);
const insert = (bytes: Uint8Array, at: number, extra: number[]) => new Uint8Array([...bytes.subarray(0, at), ...extra, ...bytes.subarray(at)]);

/** Offsets of the first byte of the last 18 three-byte characters of the file. */
const lastChars: number[] = [];
for (let i = UTF8.length - 1; i >= 0 && lastChars.length < 18; i--) if (UTF8[i] >= 0xe0 && UTF8[i] < 0xf0) lastChars.push(i);

describe('a UTF-8 report cut mid-character', () => {
  it.each(lastChars.flatMap((c) => [c + 1, c + 2]))('cut at byte %i: read as UTF-8, a warning with the offset, every cell as before', async (cut) => {
    const r = await parse(UTF8.subarray(0, cut));
    const start = cut - (cut - lastChars.find((c) => c < cut)!);
    expect(r.source.encoding).toBe('utf-8');
    expect(r.warnings[0]).toContain(`第 ${start} 字节`);
    expect(cells(r)).toEqual(cells(original));
  });
});

describe('one stray byte', () => {
  const mid = UTF8.indexOf(0x0a, Math.floor(UTF8.length / 2)) + 1; // at a line start in the prose after the tables
  it.each([{ stray: [0xff] }, { stray: [0x80] }, { stray: [0xc3] }, { stray: [0xe4, 0xb8] }])('UTF-8 file with $stray in the prose: read, warned, cells unchanged', async ({ stray }) => {
    const r = await parse(insert(UTF8, mid, stray));
    expect(r.source.encoding).toBe('utf-8');
    expect(r.warnings[0]).toMatch(new RegExp(`^文件有 1 处字节无法按 UTF-8 解码（第 ${mid} 字节）`));
    expect(cells(r)).toEqual(cells(original));
  });

  it('a GBK file with a stray byte is read as GB18030 with the offset, cells unchanged', async () => {
    const gbk = new Uint8Array(iconv.encode(TEXT, 'gbk'));
    const at = gbk.indexOf(0x0a, Math.floor(gbk.length / 2)) + 1;
    const r = await parse(insert(gbk, at, [0xff]));
    expect(r.source.encoding).toBe('gb18030');
    expect(r.warnings[0]).toContain(`第 ${at} 字节`);
    expect(r.agency.name).toBe(original.agency.name);
    expect(cells(r)).toEqual(cells(original));
  });

  it('a UTF-8 file with a BOM and a stray byte: the offset counts the BOM', async () => {
    const r = await parse(insert(new Uint8Array([0xef, 0xbb, 0xbf, ...UTF8]), mid + 3, [0xff]));
    expect(r.warnings[0]).toContain(`第 ${mid + 3} 字节`);
    expect(cells(r)).toEqual(cells(original));
  });

  it('a UTF-16 file cut at an odd byte is read with a warning', async () => {
    const u16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(iconv.encode(TEXT, 'utf-16le'))]);
    const r = await parse(u16.subarray(0, u16.length - 1));
    expect(r.warnings[0]).toContain('截断');
    expect(cells(r)).toEqual(cells(original));
  });
});

describe('what is still refused', () => {
  it('bytes that are mostly invalid in both encodings are refused, with counts and the first offset', () => {
    const junk = new Uint8Array(4000).map((_, i) => (i % 3 === 0 ? 0xff : 0x41));
    const d = decodeBytes(junk);
    expect(d.ok).toBe(false);
    expect(!d.ok && d.error).toMatch(/too many invalid byte sequences \(UTF-8: \d+, first at byte 0; GB18030: \d+, first at byte 0\)/);
  });

  it('a GBK file without damage is read as GB18030 with no warning', () => {
    const d = decodeBytes(new Uint8Array(iconv.encode(TEXT, 'gbk')));
    expect(d).toMatchObject({ ok: true, encoding: 'gb18030' });
    expect(d.ok && d.warnings).toBeUndefined();
  });
});
