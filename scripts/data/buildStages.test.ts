import { describe, expect, it } from 'vitest';
import { makeReport } from '../../test/factories/makeReport';
import type { Report } from '../../src/lib/report/types';
import { calcBuildReport } from './calcBuildReport';
import { calcInputsSha256 } from './calcInputsSha256';
import { calcManifest } from './calcManifest';
import { formatJson } from './formatJson';
import { parseCorpus, type ParseFn } from './parseCorpus';
import { formatOf } from './readCorpus';

const bytes = (s: string) => new TextEncoder().encode(s);
const file = (name: string, text = name) => ({ file: name, format: 'txt' as const, bytes: bytes(text) });

/** A fake parser: the file's text names the report, `bad` is unreadable, `boom` throws. */
function fakeParse(reports: Record<string, Report>): ParseFn {
  return async (b, { file }) => {
    const text = new TextDecoder().decode(b);
    if (text === 'boom') throw new Error('kaput');
    const report = reports[text];
    return report ? { ok: true, report } : { ok: false, file, error: 'no tables found' };
  };
}

const failed = { rule: 'applications.balance' as const, ok: false, message: '不平衡' };
const passed = { rule: 'table4.totals' as const, ok: true, message: '平衡' };
const reports = {
  b2021: makeReport({ id: 'b-2021', agency: '乙市公安局', year: 2021, checks: [passed, failed] }),
  a2020: makeReport({ id: 'a-2020', agency: '甲市公安局', year: 2020, template: '2019' }),
  a2019: makeReport({ id: 'a-2019', agency: '甲市公安局', year: 2019, template: '2019' }),
};

describe('dataset build stages', () => {
  it('reads only report formats', () => {
    expect(['a.txt', 'b.MD', 'c.htm', 'd.html', 'e.pdf', 'f', 'meta.csv'].map(formatOf)).toEqual(['txt', 'md', 'html', 'html', null, null, null]);
  });

  it('a bad file becomes an error outcome and the batch goes on', async () => {
    const parsed = await parseCorpus([file('1.txt', 'boom'), file('2.txt', 'bad'), file('3.txt', 'a2019')], fakeParse(reports));
    expect(parsed.map((p) => (p.ok ? p.report.id : p.error))).toEqual(['parser crashed: kaput', 'no tables found', 'a-2019']);
  });

  it('a second file with the same report id is an error naming the first', async () => {
    const parsed = await parseCorpus([file('1.txt', 'a2019'), file('2.txt', 'a2019')], fakeParse(reports));
    expect(parsed[1]).toEqual({ file: '2.txt', ok: false, error: 'same report id "a-2019" as 1.txt' });
  });

  it('an id that cannot be a file name is an error', async () => {
    const evil = makeReport({ id: '../x' });
    const parsed = await parseCorpus([file('1.txt', 'evil')], fakeParse({ evil }));
    expect(parsed[0].ok).toBe(false);
  });

  it('manifest lists reports by agency (code-point order) then year, with failed check rules', async () => {
    const parsed = await parseCorpus(
      [file('x.txt', 'b2021'), file('y.txt', 'a2020'), file('z.txt', 'a2019'), file('w.txt', 'bad')],
      fakeParse(reports),
    );
    const manifest = calcManifest(parsed, 'sha256:0');
    // 乙 (U+4E59) sorts before 甲 (U+7532): locale-free, so every machine builds the same bytes.
    expect(manifest.reports.map((r) => [r.id, r.file, r.failedChecks])).toEqual([
      ['b-2021', 'x.txt', ['applications.balance']],
      ['a-2019', 'z.txt', []],
      ['a-2020', 'y.txt', []],
    ]);
    expect(manifest.schemaVersion).toBe(1);
  });

  it('build report keeps every file in input order with its outcome', async () => {
    const parsed = await parseCorpus([file('1.txt', 'b2021'), file('2.txt', 'bad'), file('3.txt', 'a2019')], fakeParse(reports));
    expect(calcBuildReport(parsed, 'sha256:0')).toEqual({
      schemaVersion: 1,
      inputsSha256: 'sha256:0',
      counts: { files: 3, parsed: 1, failedChecks: 1, errors: 1 },
      metaCsv: null,
      files: [
        { file: '1.txt', outcome: 'failedChecks', id: 'b-2021', failedChecks: ['applications.balance'] },
        { file: '2.txt', outcome: 'error', reason: 'no tables found' },
        { file: '3.txt', outcome: 'parsed', id: 'a-2019' },
      ],
    });
  });

  it('meta.csv overrides reach the parser for the files they name', async () => {
    const seen: unknown[] = [];
    const parse: ParseFn = async (_b, opts) => {
      seen.push(opts.meta);
      return { ok: false, file: opts.file, error: 'x' };
    };
    await parseCorpus([file('a.txt'), file('b.txt')], parse, (f) => (f === 'b.txt' ? { year: 2020 } : undefined));
    expect(seen).toEqual([undefined, { year: 2020 }]);
  });

  it('inputs hash depends on names and bytes, not on listing order', () => {
    const h = calcInputsSha256([file('a.txt', '1'), file('b.txt', '2')]);
    expect(calcInputsSha256([file('b.txt', '2'), file('a.txt', '1')])).toBe(h);
    expect(calcInputsSha256([file('a.txt', '1'), file('b.txt', '3')])).not.toBe(h);
    expect(calcInputsSha256([file('a.txt', '1'), file('c.txt', '2')])).not.toBe(h);
    expect(h).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('rebuilding from the same inputs gives byte-identical JSON', async () => {
    const files = [file('x.txt', 'b2021'), file('y.txt', 'a2020')];
    const once = async () => {
      const parsed = await parseCorpus(files, fakeParse(reports));
      const h = calcInputsSha256(files);
      return formatJson(calcManifest(parsed, h)) + formatJson(calcBuildReport(parsed, h));
    };
    expect(await once()).toBe(await once());
  });
});
