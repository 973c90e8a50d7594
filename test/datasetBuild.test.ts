/**
 * The dataset build end to end, on the seed reports in temporary folders: seed file → manifest,
 * metric file and CSV row values; byte-identical rebuilds; bad input (invalid report JSON, a
 * file that is not a report, duplicates, conflicts, an empty corpus).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import type { BuildReport, Manifest, ManifestFile, MetricFile, ReportDetailsFile } from '../src/lib/data/types';
import { unpackManifest } from '../src/lib/data/unpackManifest';
import { withDetails } from '../src/lib/data/withDetails';
import { runBuild } from '../scripts/data/runBuild';
import { createRandomReportValues } from '../src/lib/report/synthetic/createRandomReportValues';
import { renderHtml } from '../src/lib/report/synthetic/renderHtml';
import { renderReport } from '../src/lib/report/synthetic/renderReport';

const SEEDS = 'data/reports/seeds';
const JIYUAN = '000_33cbb0de23e7a3a9.txt'; // 济源示范区公安局 2021
const root = mkdtempSync(join(tmpdir(), 'dataset-build-'));
// Each build writes ~900 small files (metric files and their chart slices): removing them takes a while under load.
afterAll(() => rmSync(root, { recursive: true, force: true }), 120_000);

let n = 0;
function corpus(files: Record<string, string | Uint8Array> = {}, seeds: string[] = readdirSync(SEEDS)): string {
  const dir = join(root, `corpus-${n++}`);
  mkdirSync(dir, { recursive: true });
  for (const s of seeds) copyFileSync(join(SEEDS, s), join(dir, s));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const read = (out: string, file: string) => readFileSync(join(out, file), 'utf8');
const json = <T>(out: string, file: string) => JSON.parse(read(out, file)) as T;
function csv(out: string, file: string): Record<string, string>[] {
  const text = file.endsWith('.gz') ? gunzipSync(readFileSync(join(out, file))).toString('utf8') : read(out, file);
  expect(text.startsWith('\ufeff')).toBe(true);
  return Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
}

/** The rows of a Parquet file, read back with an independent reader (hyparquet). */
async function parquet(out: string, file: string): Promise<Record<string, unknown>[]> {
  const bytes = readFileSync(join(out, file));
  return parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
}

/** Every file under a folder → its bytes, by relative path. */
function snapshot(dir: string, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(join(dir, prefix)).sort()) {
    const rel = prefix ? `${prefix}/${e}` : e;
    if (statSync(join(dir, rel)).isDirectory()) for (const [k, v] of snapshot(dir, rel)) out.set(k, v);
    else out.set(rel, readFileSync(join(dir, rel)).toString('base64'));
  }
  return out;
}

describe('dataset build on the seeds', async () => {
  const out = join(root, 'seeds-out');
  const { manifest, details } = await runBuild({ corpus: corpus(), out, workers: 0 });
  const rows = withDetails(manifest.reports, details)!;
  const jiyuan = rows.findIndex((r) => r.file === JIYUAN);

  it('济源示范区公安局 2021: 行政许可 1370 in the metric file, the area CSV, figures.csv.gz and figures.parquet', async () => {
    expect(manifest.reports[jiyuan]).toMatchObject({ name: '济源示范区公安局', year: 2021, template: '2021' });
    const metric = json<MetricFile>(out, 'enforcement/active.licensing.decisions.json');
    expect(metric.values).toHaveLength(manifest.reports.length);
    expect(metric.values[jiyuan]).toBe(1370);
    const id = manifest.reports[jiyuan].id;
    const row = csv(out, 'csv/figures.csv.gz').find((r) => r.report_id === id && r.metric === 'active.licensing.decisions');
    expect(row).toMatchObject({ agency: '济源示范区公安局', province: '河南省', city: '济源市', year: '2021', value: '1370', metric_label: '行政许可·处理决定数量' });
    expect(csv(out, 'csv/enforcement.csv').find((r) => r.report_id === id)?.['active.licensing.decisions']).toBe('1370');
    const pq = (await parquet(out, 'parquet/figures.parquet')).find((r) => r.report_id === id && r.metric === 'active.licensing.decisions');
    expect(pq).toMatchObject({ agency: '济源示范区公安局', province: '河南省', city: '济源市', year: 2021, value: 1370, approximate: false, metric_label: '行政许可·处理决定数量' });
  });

  it('figures.parquet holds the same rows as figures.csv.gz, typed: numbers as numbers, blanks as nulls', async () => {
    const rows = csv(out, 'csv/figures.csv.gz');
    const pq = await parquet(out, 'parquet/figures.parquet');
    expect(pq).toHaveLength(rows.length);
    const asText = (v: unknown) => (v === null ? '' : v === true ? 'true' : v === false ? '' : String(v));
    pq.forEach((r, i) => expect(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, asText(v)]))).toEqual(rows[i]));
    const meta = parquetMetadata(readFileSync(join(out, 'parquet/figures.parquet')).buffer as ArrayBuffer);
    const types = Object.fromEntries(meta.schema.slice(1).map((c) => [c.name, c.type]));
    expect(types).toMatchObject({ year: 'INT32', value: 'DOUBLE', approximate: 'BOOLEAN', agency: 'BYTE_ARRAY' });
    expect(pq.some((r) => r.value === null)).toBe(true);
  });

  it('the long table has no rows for the other template\'s cells', () => {
    const rows = csv(out, 'csv/figures.csv.gz');
    const only2019 = new Set(manifest.metrics.filter((m) => m.templates.length === 1 && m.templates[0] === '2019').map((m) => m.key));
    const of2021 = new Set(manifest.reports.filter((r) => r.template === '2021').map((r) => r.id));
    expect(of2021.size).toBeGreaterThan(0);
    expect(rows.filter((r) => of2021.has(r.report_id) && only2019.has(r.metric))).toEqual([]);
  });

  it('the manifest gives the size of every download as written', () => {
    const downloads = manifest.files.filter((f) => f.kind === 'csv' || f.kind === 'parquet');
    expect(downloads.map((f) => f.path)).toEqual(expect.arrayContaining(['csv/figures.csv.gz', 'parquet/figures.parquet', 'csv/enforcement.csv']));
    for (const f of downloads) expect(f.bytes).toBe(statSync(join(out, f.path)).size);
    expect(json<ManifestFile>(out, 'manifest.json').files).toEqual(manifest.files);
  });

  it('manifest.json stores the report rows as columns and reads back to the build\'s manifest; report-details.json aligns with it', () => {
    const stored = json<ManifestFile>(out, 'manifest.json');
    expect(Object.keys(stored.reports).sort()).toEqual(['agency', 'failedChecks', 'flags', 'id', 'name', 'template', 'url', 'year']);
    expect(unpackManifest(stored)).toEqual(manifest);
    const file = json<ReportDetailsFile>(out, 'report-details.json');
    expect(file.inputsSha256).toBe(manifest.inputsSha256);
    expect(file.details).toEqual(details);
    expect(rows[jiyuan]).toMatchObject({ file: JIYUAN, warnings: expect.any(Number), blankCells: expect.any(Number) });
  });

  it('csv/dictionary.csv describes every column of every area CSV exactly once, labelled in Chinese and English', () => {
    const dictionary = csv(out, 'csv/dictionary.csv');
    const byColumn = new Map(dictionary.map((r) => [r.column, r]));
    expect(byColumn.size).toBe(dictionary.length);
    for (const group of ['channels', 'enforcement', 'applications', 'review', 'fees']) {
      const header = Papa.parse<string[]>(read(out, `csv/${group}.csv`).slice(1), { preview: 1 }).data[0];
      for (const column of header) {
        const entry = byColumn.get(column);
        expect(entry, column).toBeDefined();
        expect(entry!.label_zh && entry!.label_en, column).toBeTruthy();
        if (entry!.kind !== 'report') expect(entry!.area, column).toBe(group);
      }
    }
    expect(byColumn.get('active.licensing.decisions')).toMatchObject({ area: 'enforcement', kind: 'cell', table: '2', row_zh: '行政许可', column_zh: '处理决定数量', unit: 'count' });
  });

  it('a blank cell stays blank: null in the metric file, an empty value in figures.csv, never 0', () => {
    const baoji = rows.find((r) => r.name === '宝鸡市公安局')!;
    const blanks = csv(out, 'csv/figures.csv.gz').filter((r) => r.report_id === baoji.id && r.value === '');
    expect(blanks.length).toBe(baoji.blankCells);
  });

  it('a 2019-only metric is null for 2021-template reports', () => {
    const metric = json<MetricFile>(out, 'enforcement/active.otherServices.decisions.json');
    manifest.reports.forEach((r, i) => r.template === '2021' && expect(metric.values[i]).toBeNull());
  });

  it('channel figures keep the report wording and the approximate flag', () => {
    const weibo = json<MetricFile>(out, 'channels/channels.weibo.posts.json');
    expect(weibo.approximate).toHaveLength(manifest.reports.length);
    expect(weibo.labels!.some((l) => l?.includes('微博'))).toBe(true);
  });

  it('agencies carry region from the gazetteer and pinyin for search', () => {
    const a = manifest.agencies.find((x) => x.name === '聊城市公安局茌平分局')!;
    expect(a).toMatchObject({ region: { province: '山东省', city: '聊城市', county: '茌平区' }, regionFrom: 'gazetteer', pinyin: 'liao cheng shi gong an ju chi ping fen ju' });
    expect(manifest.agencies.find((x) => x.name === '宝鸡市公安局')!.pinyin.replace(/ /g, '')).toContain('baoji');
  });

  it('every file of the manifest file list exists', () => {
    for (const f of manifest.files) expect(statSync(join(out, f.path)).isFile()).toBe(true);
    expect(readdirSync(join(out, 'reports'))).toHaveLength(manifest.reports.length);
  });

  it('rebuilds are byte-identical, in this thread or in worker threads', async () => {
    const again = join(root, 'seeds-again');
    await runBuild({ corpus: corpus(), out: again, workers: 2 });
    expect(snapshot(again)).toEqual(snapshot(out));
  });
});

describe('dataset build on bad input', () => {
  it('invalid report JSON is an error naming the file and the field; the good files build', async () => {
    const good = JSON.parse(read(join(root, 'seeds-out'), `reports/${readdirSync(join(root, 'seeds-out', 'reports'))[0]}`));
    good.applications.granted.total = '12';
    const out = join(root, 'bad-json');
    const { buildReport } = await runBuild({ corpus: corpus({ 'typed.json': JSON.stringify(good) }), out, workers: 0 });
    expect(buildReport.files.find((f) => f.file === 'typed.json')).toEqual({
      file: 'typed.json',
      outcome: 'error',
      reason: 'invalid report JSON: applications.granted.total: expected a number or null, got "12"',
    });
    expect(buildReport.counts).toMatchObject({ files: 6, errors: 1 });
  });

  it('an HTML page whose tables are images is built, and the build report and manifest say so', async () => {
    const page = renderHtml(createRandomReportValues(7, { template: '2021' }), { tablesAsImages: true });
    const { buildReport, manifest, details } = await runBuild({ corpus: corpus({ 'page.html': page.bytes }, []), out: join(root, 'images'), workers: 0 });
    expect(buildReport.files[0]).toMatchObject({ file: 'page.html', tablesAsImages: true });
    expect(buildReport.counts.tablesAsImages).toBe(1);
    expect(manifest.reports[0]).toMatchObject({ synthetic: true });
    expect(details[0]).toMatchObject({ file: 'page.html', tablesAsImages: true });
  });

  it('a report written in traditional characters joins the same agency\'s simplified reports, with its region', async () => {
    const year = (y: number, traditional: boolean) => {
      const v = createRandomReportValues(100 + y, { year: y, template: y >= 2021 ? '2021' : '2019' });
      v.agency.name = '昌江黎族自治县公安局';
      return renderReport(v, 'tabs', { traditional });
    };
    const out = join(root, 'traditional');
    const { manifest } = await runBuild({ corpus: corpus({ 'a.txt': year(2019, false), 'b.txt': year(2020, true), 'c.txt': year(2021, false) }, []), out, workers: 0 });
    expect(manifest.agencies).toHaveLength(1);
    expect(manifest.agencies[0]).toMatchObject({ name: '昌江黎族自治县公安局', years: [2019, 2020, 2021] });
    expect(manifest.agencies[0].aliases).toContain('昌江黎族自治縣公安局');
    expect(manifest.agencies[0].region.province).toBe('海南省');
  });

  it('one unreadable file among good ones is an error; the others build', async () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0, 1, 2, 3]);
    const { buildReport, manifest } = await runBuild({ corpus: corpus({ 'scan.txt': pdf }), out: join(root, 'unreadable'), workers: 0 });
    expect(buildReport.files.find((f) => f.file === 'scan.txt')?.outcome).toBe('error');
    expect(manifest.reports).toHaveLength(5);
  });

  it('the same report twice is one report plus a noted duplicate; a changed copy is a conflict', async () => {
    const text = readFileSync(join(SEEDS, JIYUAN), 'utf8');
    const changed = text.replace('1370', '1371');
    expect(changed).not.toBe(text);
    const out = join(root, 'dups');
    const { manifest, details, buildReport } = await runBuild({ corpus: corpus({ 'copy.txt': text, 'zz-changed.txt': changed }, [JIYUAN]), out, workers: 0 });
    const outcomes = Object.fromEntries(buildReport.files.map((f) => [f.file, f.outcome]));
    expect(outcomes).toEqual({ [JIYUAN]: 'conflict', 'copy.txt': 'duplicate', 'zz-changed.txt': 'conflict' });
    expect(manifest.reports.map((r) => r.conflict)).toEqual([0, 0]);
    expect(withDetails(manifest.reports, details)!.find((r) => r.file === JIYUAN)?.duplicates).toEqual(['copy.txt']);
    // The conflict index is not stored per row: it comes back from the manifest's conflict list.
    expect(unpackManifest(json<ManifestFile>(out, 'manifest.json'))).toEqual(manifest);
    expect(manifest.conflicts[0].differing).toContain('active.licensing.decisions');
    expect(new Set(manifest.reports.map((r) => r.id)).size).toBe(2);
    for (const r of manifest.reports) expect(json<{ id: string }>(out, `reports/${r.id}.json`).id).toBe(r.id);
  });

  it('an empty corpus gives valid empty datasets', async () => {
    const out = join(root, 'empty');
    await runBuild({ corpus: corpus({}, []), out, workers: 0 });
    const manifest = unpackManifest(json<ManifestFile>(out, 'manifest.json'));
    expect(manifest).toMatchObject({ reports: [], agencies: [], years: [], conflicts: [] });
    expect(json<ReportDetailsFile>(out, 'report-details.json').details).toEqual([]);
    expect(json<MetricFile>(out, manifest.metrics[0].file).values).toEqual([]);
    expect(json<BuildReport>(out, 'build-report.json').counts.files).toBe(0);
    expect(gunzipSync(readFileSync(join(out, 'csv/figures.csv.gz'))).toString('utf8').trimEnd()).toBe('\ufeffreport_id,agency_id,agency,province,city,county,year,template,metric,metric_label,applicant_column,value,approximate,failed_checks');
    expect(await parquet(out, 'parquet/figures.parquet')).toEqual([]);
  });
});
