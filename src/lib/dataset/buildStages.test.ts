import { describe, expect, it } from 'vitest';
import { MAX_REPORT_BYTES } from '../report/decodeBytes';
import type { Report } from '../report/types';
import { makeReport } from '../../../test/factories/makeReport';
import { calcAgencies } from './agencies/calcAgencies';
import { calcBuildReport } from './calcBuildReport';
import { calcInputsSha256 } from './calcInputsSha256';
import { calcKeptReports } from './calcKeptReports';
import { calcManifest, calcReportDetails } from './calcManifest';
import { formatCompactJson, formatJson } from './formatJson';
import { formatOf, type CorpusEntry } from './corpusEntry';
import { parseCorpus, type ParseFn } from './parseCorpus';
import { loadGazetteer } from './region/gazetteer';
import { webCryptoSha256 } from '../report/webCryptoSha256';

const env = { sha256: webCryptoSha256, gazetteer: await loadGazetteer() };

/** A corpus in memory: file name → text; the text names the report the fake parser returns. */
function corpus(files: Record<string, string>) {
  const bytes = (f: string) => new TextEncoder().encode(files[f]);
  const entries: CorpusEntry[] = Object.keys(files).map((file) => ({ file, format: 'txt', size: bytes(file).length }));
  return { entries, read: async (f: string) => bytes(f) };
}

/** A fake parser: the file's text names the report, `bad` is unreadable, `boom` throws. */
function fakeParse(reports: Record<string, () => Report>): ParseFn {
  return async (b, { file }) => {
    const text = new TextDecoder().decode(b);
    if (text === 'boom') throw new Error('kaput');
    const report = reports[text]?.();
    return report ? { ok: true, report } : { ok: false, file, error: 'no tables found' };
  };
}

const failed = { rule: 'applications.balance' as const, ok: false, message: '不平衡' };
const passed = { rule: 'table4.totals' as const, ok: true, message: '平衡' };
const withGranted = (r: Report, n: number) => ((r.applications.granted.total = n), r);
const reports: Record<string, () => Report> = {
  b2021: () => makeReport({ id: 'b-2021', agency: '乙市公安局', year: 2021, checks: [passed, failed] }),
  a2020: () => makeReport({ id: 'a-2020', agency: '甲市公安局', year: 2020, template: '2019' }),
  a2019: () => makeReport({ id: 'a-2019', agency: '甲市公安局', year: 2019, template: '2019' }),
  a2019other: () => withGranted(makeReport({ id: 'a-2019', agency: '甲市公安局', year: 2019, template: '2019' }), 7),
  evil: () => makeReport({ id: '../x' }),
};
const parse = fakeParse(reports);

async function run(files: Record<string, string>) {
  const { entries, read } = corpus(files);
  return parseCorpus(entries, { ...env, read, parse });
}

async function build(files: Record<string, string>) {
  const parsed = await run(files);
  const records = parsed.flatMap((p) => (p.ok ? [p.record] : []));
  const table = calcAgencies(records);
  const kept = calcKeptReports(records, table);
  const h = await calcInputsSha256(parsed, webCryptoSha256);
  const manifest = calcManifest(table, kept, h);
  const details = calcReportDetails(kept);
  return { parsed, manifest, details, buildReport: calcBuildReport(parsed, kept, table, manifest, details) };
}

describe('dataset build stages', () => {
  it('reads only report formats', () => {
    expect(['a.txt', 'b.MD', 'c.htm', 'd.html', 'e.pdf', 'f', 'meta.csv', 'g.json'].map(formatOf)).toEqual(['txt', 'md', 'html', 'html', 'pdf', null, null, 'json']);
  });

  it('a bad file becomes an error outcome and the batch goes on', async () => {
    const parsed = await run({ '1.txt': 'boom', '2.txt': 'bad', '3.txt': 'a2019' });
    expect(parsed.map((p) => (p.ok ? p.record.id : p.error))).toEqual(['parser crashed: kaput', 'no tables found', 'a-2019']);
  });

  it('a file too large to be a report is not read', async () => {
    let reads = 0;
    const entries: CorpusEntry[] = [{ file: 'huge.txt', format: 'txt', size: MAX_REPORT_BYTES + 1 }];
    const [p] = await parseCorpus(entries, { ...env, read: async () => (reads++, new Uint8Array()), parse });
    expect(reads).toBe(0);
    expect(p.ok ? null : p.error).toMatch(/^file too large/);
  });

  it('an unreadable file is an error outcome', async () => {
    const entries: CorpusEntry[] = [{ file: 'a.txt', format: 'txt', size: 3 }];
    const [p] = await parseCorpus(entries, { ...env, read: async () => Promise.reject(new Error('EACCES')), parse });
    expect(p).toMatchObject({ ok: false, error: 'cannot read: EACCES' });
  });

  it('an id that cannot be a file name is an error', async () => {
    const [p] = await run({ '1.txt': 'evil' });
    expect(p.ok).toBe(false);
  });

  it('meta.csv overrides reach the parser for the files they name', async () => {
    const seen: unknown[] = [];
    const spy: ParseFn = async (_b, opts) => {
      seen.push(opts.meta);
      return { ok: false, file: opts.file, error: 'x' };
    };
    const { entries, read } = corpus({ 'a.txt': '', 'b.txt': '' });
    await parseCorpus(entries, { ...env, read, parse: spy, metaOf: (f) => (f === 'b.txt' ? { year: 2020 } : undefined) });
    expect(seen).toEqual([undefined, { year: 2020 }]);
  });

  it('manifest lists reports by agency name (code-point order) then year, with failed check rules', async () => {
    const { manifest, details } = await build({ 'x.txt': 'b2021', 'y.txt': 'a2020', 'z.txt': 'a2019', 'w.txt': 'bad' });
    // 乙 (U+4E59) sorts before 甲 (U+7532): locale-free, so every machine builds the same bytes.
    expect(manifest.reports.map((r, i) => [r.id, details[i].file, r.failedChecks])).toEqual([
      ['b-2021', 'x.txt', ['applications.balance']],
      ['a-2019', 'z.txt', []],
      ['a-2020', 'y.txt', []],
    ]);
    expect(manifest.agencies.map((a) => [a.name, a.years])).toEqual([['乙市公安局', [2021]], ['甲市公安局', [2019, 2020]]]);
    expect(manifest.reports[1].agency).toBe(manifest.agencies[1].id);
    expect(manifest.schemaVersion).toBe(3);
  });

  it('identical figures for the same agency and year: one kept, the other a noted duplicate', async () => {
    const { manifest, details, buildReport } = await build({ '1.txt': 'a2019', '2.txt': 'a2019' });
    expect(manifest.reports.map((r, i) => [r.id, details[i].duplicates])).toEqual([['a-2019', ['2.txt']]]);
    expect(buildReport.files[1]).toEqual({ file: '2.txt', outcome: 'duplicate', of: 'a-2019' });
    expect(buildReport.counts.duplicates).toBe(1);
  });

  it('different figures for the same agency and year: both kept, the conflict flagged with the differing metric', async () => {
    const { manifest, buildReport } = await build({ '1.txt': 'a2019', '2.txt': 'a2019other' });
    expect(manifest.reports.map((r) => [r.id, r.conflict])).toEqual([['a-2019', 0], ['a-2019-2', 0]]);
    expect(manifest.conflicts).toEqual([{ agency: manifest.agencies[0].id, year: 2019, reports: ['a-2019', 'a-2019-2'], differing: ['applications.granted.total'] }]);
    expect(buildReport.files.map((f) => f.outcome)).toEqual(['conflict', 'conflict']);
  });

  it('build report keeps every file in input order with its outcome', async () => {
    const { buildReport } = await build({ '1.txt': 'b2021', '2.txt': 'bad', '3.txt': 'a2019' });
    expect(buildReport.files).toEqual([
      { file: '1.txt', outcome: 'failedChecks', id: 'b-2021', failedChecks: ['applications.balance'] },
      { file: '2.txt', outcome: 'error', reason: 'no tables found' },
      { file: '3.txt', outcome: 'parsed', id: 'a-2019' },
    ]);
    expect(buildReport.counts).toMatchObject({ files: 3, parsed: 1, failedChecks: 1, errors: 1, agencies: 2 });
  });

  it('an empty corpus gives a valid empty manifest with the full catalogue', async () => {
    const { manifest, buildReport } = await build({});
    expect(manifest.reports).toEqual([]);
    expect(manifest.agencies).toEqual([]);
    expect(manifest.metrics.length).toBeGreaterThan(200);
    expect(manifest.metrics.every((m) => m.count === 0)).toBe(true);
    expect(buildReport.counts.files).toBe(0);
  });

  it('inputs hash depends on names and contents, not on listing order', async () => {
    const hash = async (files: Record<string, string>) => calcInputsSha256(await run(files), webCryptoSha256);
    const h = await hash({ 'a.txt': '1', 'b.txt': '2' });
    expect(await hash({ 'b.txt': '2', 'a.txt': '1' })).toBe(h);
    expect(await hash({ 'a.txt': '1', 'b.txt': '3' })).not.toBe(h);
    expect(await hash({ 'a.txt': '1', 'c.txt': '2' })).not.toBe(h);
    expect(h).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('rebuilding from the same inputs gives byte-identical JSON', async () => {
    const once = async () => {
      const { manifest, buildReport } = await build({ 'x.txt': 'b2021', 'y.txt': 'a2020', 'z.txt': 'a2019other', 'w.txt': 'a2019' });
      return formatCompactJson(manifest) + formatJson(buildReport);
    };
    expect(await once()).toBe(await once());
  });
});

