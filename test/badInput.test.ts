import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReport } from '../src/lib/report/parseReport';
import { readFileSync } from 'node:fs';
import { NO_TABLES } from '../src/lib/report/readTables';

/** Seed 000 as bundled in the sample corpus (the same bytes as ../shared/corpus/seeds), so these run on a fresh clone. */
const seed000 = { name: '000_33cbb0de23e7a3a9.txt', bytes: readFileSync(new URL('../data/reports/seeds/000_33cbb0de23e7a3a9.txt', import.meta.url)) };
const text000 = new TextDecoder().decode(seed000.bytes);
const seeds = ['000_33cbb0de23e7a3a9.txt', '001_6d48f98caee9bd35.txt'].map((name) => ({ name }));
const enc = (s: string) => new TextEncoder().encode(s);

async function outcome(bytes: Uint8Array, file = 'input.txt') {
  return parseReport(bytes, { file });
}

describe('bad input gets a clear error and loses nothing', () => {
  it('empty file is an error naming the problem', async () => {
    expect(await outcome(new Uint8Array())).toMatchObject({ ok: false, file: 'input.txt', error: expect.stringMatching(/empty/) });
    expect(await outcome(enc('  \n\n \t\n'))).toMatchObject({ ok: false, error: expect.stringMatching(/empty/) });
  });

  it('binary file is refused as binary', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(await outcome(bytes)).toMatchObject({ ok: false, error: expect.stringMatching(/binary/) });
  });

  it('a PDF renamed .txt says it is a PDF', async () => {
    expect(await outcome(enc('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'report.txt')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/PDF/),
    });
  });

  it('an image renamed .txt says it is an image', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await outcome(png)).toMatchObject({ ok: false, error: expect.stringMatching(/PNG image/) });
    const jpg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]);
    expect(await outcome(jpg)).toMatchObject({ ok: false, error: expect.stringMatching(/JPEG image/) });
  });

  it('text that is not a report is refused', async () => {
    expect(await outcome(enc('会议纪要\n今天天气很好，我们讨论了明年的计划。\n'))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/no report found/),
    });
  });

  it('a report with no tables parses with no template (not a default), table 4 null and failed checks saying so', async () => {
    const prose = text000.slice(0, text000.indexOf('## 二、'));
    const r = await outcome(enc(prose));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.agency.name).toBe('济源示范区公安局');
    expect(r.report.template).toBeNull();
    expect(r.report.applications).toEqual({});
    expect(r.report.review.total).toBeNull();
    expect(r.report.checks.find((c) => c.rule === 'cells.complete')?.ok).toBe(false);
    expect(r.report.warnings).toContain(NO_TABLES);
  });

  it('a truncated table keeps the rows before the cut and leaves the rest null', async () => {
    const cut = text000.slice(0, text000.indexOf('4.保护第三方合法权益'));
    const r = await outcome(enc(cut));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.applications.granted.total).toBe(7);
    expect(r.report.applications.denied.safetyStability.total).toBe(0);
    expect(r.report.applications.denied.thirdPartyRights.total).toBeNull();
    expect(r.report.applications.total.total).toBeNull();
    const complete = r.report.checks.find((c) => c.rule === 'cells.complete')!;
    expect(complete.ok).toBe(false);
    expect(complete.message).toContain('表三「总计」整行');
  });

  it('GBK (GB18030) file decodes and parses the same as UTF-8', async () => {
    const r = await outcome(new Uint8Array(iconv.encode(text000, 'gbk')));
    const u = await outcome(seed000.bytes);
    expect(r.ok && u.ok).toBe(true);
    if (!r.ok || !u.ok) return;
    expect(r.report.source.encoding).toBe('gb18030');
    expect(r.report.applications).toEqual(u.report.applications);
    expect(r.report.agency.name).toBe(u.report.agency.name);
  });

  it('UTF-16 LE and BE files with a BOM decode and parse the same as UTF-8', async () => {
    const u = await outcome(seed000.bytes);
    const le = await outcome(new Uint8Array([0xff, 0xfe, ...Buffer.from(text000, 'utf16le')]));
    const swapped = Buffer.from(text000, 'utf16le').swap16();
    const be = await outcome(new Uint8Array([0xfe, 0xff, ...swapped]));
    for (const [r, enc] of [[le, 'utf-16le'], [be, 'utf-16be']] as const) {
      expect(r.ok).toBe(true);
      if (!r.ok || !u.ok) return;
      expect(r.report.source.encoding).toBe(enc);
      expect(r.report.active).toEqual(u.report.active);
    }
  });

  it('UTF-8 with a BOM is read as UTF-8', async () => {
    const r = await outcome(new Uint8Array([0xef, 0xbb, 0xbf, ...seed000.bytes]));
    expect(r.ok && r.report.source.encoding).toBe('utf-8');
  });

  it('a 50 MB file gets a clear outcome without reading it whole into the parser', async () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x41);
    expect(await outcome(big)).toMatchObject({ ok: false, error: expect.stringMatching(/too large \(50\.0 MB/) });
  });
});

describe('CLI: npm run -s parse -- FILE...', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parse-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }), 120_000); // a build is ~900 small files: slow to remove under load

  function run(...files: string[]) {
    return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/parse.ts', ...files], { encoding: 'utf8' });
  }

  it('prints one report per readable file in argument order, one stderr line per unreadable file, exit 1', () => {
    const bad = join(dir, 'scan.txt');
    writeFileSync(bad, '%PDF-1.4 binary');
    const missing = join(dir, 'missing.txt');
    const good = seeds.map((s) => join('data/reports/seeds', s.name));
    const res = run(good[1], bad, good[0], missing);
    expect(res.status).toBe(1);
    const reports = JSON.parse(res.stdout);
    expect(reports.map((r: { source: { file: string } }) => r.source.file)).toEqual([seeds[1].name, seeds[0].name]);
    const errLines = res.stderr.trim().split('\n');
    expect(errLines).toHaveLength(2);
    expect(errLines[0]).toMatch(/scan\.txt: .*PDF/);
    expect(errLines[1]).toMatch(/missing\.txt: no such file/);
  });

  it('exits 0 when every file is readable, failed checks included', () => {
    const res = run(join('data/reports/seeds', seeds[1].name));
    expect(res.status).toBe(0);
    expect(JSON.parse(res.stdout)[0].checks.some((c: { ok: boolean }) => !c.ok)).toBe(true);
  });

  it('meta.csv beside the files overrides agency, year and region', () => {
    writeFileSync(join(dir, 'r.txt'), seed000.bytes);
    writeFileSync(join(dir, 'meta.csv'), '\ufefffile,agency,year,province,city\nr.txt,济源市公安局,2021,河南省,济源市\n');
    const res = run(join(dir, 'r.txt'));
    expect(res.status).toBe(0);
    const [r] = JSON.parse(res.stdout);
    expect(r.agency.name).toBe('济源市公安局');
    expect(r.agency.aliases).toContain('济源示范区公安局');
    expect(r.agency.region).toEqual({ province: '河南省', city: '济源市', county: null });
  });
});
