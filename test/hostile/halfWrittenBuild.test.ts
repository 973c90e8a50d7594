/**
 * Issue 13, finding 1: a build that fails half-way must not leave a site that lies. Oversized
 * text fields are the file's own error (the batch goes on); a meta.csv that is a folder or has a
 * giant cell is reported; a failing build leaves the previous output untouched; the app refuses
 * metric files of another build. Inputs are generated here.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { MetricFile } from '../../src/lib/data/types';
import { checkSameBuild, DataCache } from '../../src/lib/data/dataCache';
import { runBuild } from '../../scripts/data/runBuild';
import { prepareNextOut, swapInNextOut } from '../../scripts/data/swapInNextOut';
import { createTempRoot, JIYUAN, snapshotFolder } from './hostileCorpus';
import { withDetails } from '../../src/lib/data/withDetails';

const tmp = createTempRoot('hostile-build-');
// Each build writes ~900 small files (metric files and their chart slices): removing them takes a while under load.
afterAll(tmp.cleanup, 120_000);

const seedsOut = join(tmp.root, 'seeds-out');
const seedBuild = await runBuild({ corpus: tmp.corpus(), out: seedsOut, workers: 0 });
const aReport = () => JSON.parse(readFileSync(join(seedsOut, 'reports', readdirSync(join(seedsOut, 'reports'))[0]), 'utf8'));

describe('oversized text fields are the file\'s error; the batch goes on', () => {
  it('a report JSON whose agency name is 3 M characters: error in the build report, the five seeds build', async () => {
    const big = aReport();
    big.agency.name = '某'.repeat(3_000_000);
    delete big.id;
    const out = join(tmp.root, 'big-name');
    const { buildReport, details } = await runBuild({ corpus: tmp.corpus({ 'huge.json': JSON.stringify(big) }), out, workers: 0 });
    expect(buildReport.files.find((f) => f.file === 'huge.json')).toEqual({
      file: 'huge.json',
      outcome: 'error',
      reason: 'text field too long: agency.name is 3,000,000 characters long (at most 300)',
    });
    expect(details.map((d) => d.file).sort()).toEqual(seedBuild.details.map((d) => d.file).sort());
    expect(readFileSync(join(out, 'csv', 'figures.csv.gz'))).toEqual(readFileSync(join(seedsOut, 'csv', 'figures.csv.gz')));
  });

  it('the same in worker threads', async () => {
    const big = aReport();
    big.channels = [{ channel: 'weibo', metric: 'posts', value: 1, label: 'x'.repeat(400), approximate: false, evidence: { line: 0, text: '' } }];
    const { buildReport } = await runBuild({ corpus: tmp.corpus({ 'label.json': JSON.stringify(big) }), out: join(tmp.root, 'big-label'), workers: 1 });
    expect(buildReport.files.find((f) => f.file === 'label.json')).toMatchObject({ outcome: 'error', reason: expect.stringContaining('channels[0].label is 400 characters') });
    expect(buildReport.counts.errors).toBe(1);
  });

  it('a meta.csv cell of 3.5 M characters: that row is ignored with an error, the build completes', async () => {
    const meta = `file,agency\n${JIYUAN},${'名'.repeat(3_500_000)}\n`;
    const { buildReport, manifest, details } = await runBuild({ corpus: tmp.corpus({ 'meta.csv': meta }), out: join(tmp.root, 'big-meta'), workers: 0 });
    expect(buildReport.metaCsv?.errors).toEqual(['meta.csv row 2: column "agency" is 3500000 characters long (at most 300); row ignored']);
    expect(withDetails(manifest.reports, details)!.find((r) => r.file === JIYUAN)?.name).toBe('济源示范区公安局');
  });

  it('a meta.csv that is a folder: reported, no overrides, the build completes', async () => {
    const dir = tmp.corpus();
    mkdirSync(join(dir, 'meta.csv'));
    const { buildReport, manifest } = await runBuild({ corpus: dir, out: join(tmp.root, 'meta-folder'), workers: 0 });
    expect(buildReport.metaCsv?.errors).toEqual(['meta.csv: is a folder, not a file; no overrides applied']);
    expect(manifest.reports).toHaveLength(5);
  });
});

describe('a failing build leaves the previous site untouched', () => {
  it('a corpus that cannot be listed fails the build; the previous output is byte-identical and no temporary folder is left', async () => {
    const out = join(tmp.root, 'kept');
    await runBuild({ corpus: tmp.corpus(), out, workers: 0 });
    const before = snapshotFolder(out);
    await expect(runBuild({ corpus: join(tmp.root, 'no-such-corpus'), out, workers: 0 })).rejects.toThrow();
    expect(snapshotFolder(out)).toEqual(before);
    expect(readdirSync(tmp.root).filter((e) => e.startsWith('.kept'))).toEqual([]);
  });

  it('an output folder is replaced only by a complete build: before the swap readers see the old files only', async () => {
    const out = join(tmp.root, 'swap');
    mkdirSync(out);
    writeFileSync(join(out, 'manifest.json'), 'old');
    writeFileSync(join(out, '.gitkeep'), '');
    const next = await prepareNextOut(out);
    writeFileSync(join(next, 'manifest.json'), 'new');
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe('old');
    await swapInNextOut(next, out);
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe('new');
    expect(existsSync(join(out, '.gitkeep'))).toBe(true);
    expect(existsSync(next)).toBe(false);
  });

  it('a folder that is not a previous build is never replaced', async () => {
    const out = join(tmp.root, 'not-a-build');
    mkdirSync(out);
    writeFileSync(join(out, 'thesis.docx'), 'mine');
    await expect(runBuild({ corpus: tmp.corpus(), out, workers: 0 })).rejects.toThrow(/refusing to replace .*no manifest\.json/);
    expect(readdirSync(out)).toEqual(['thesis.docx']);
  });

  it('rebuilding into an existing folder removes files of the old build that the new one does not write', async () => {
    const out = join(tmp.root, 'rebuild');
    await runBuild({ corpus: tmp.corpus(), out, workers: 0 });
    writeFileSync(join(out, 'reports', 'stale.json'), '{}');
    await runBuild({ corpus: tmp.corpus(), out, workers: 0 });
    expect(existsSync(join(out, 'reports', 'stale.json'))).toBe(false);
  });
});

describe('the app never shows metric files from another build', () => {
  const file = (inputsSha256: string) => ({ schemaVersion: 1, inputsSha256, key: 'k', values: [7] }) as unknown as MetricFile;

  it('a metric file whose inputsSha256 differs from the manifest\'s is refused with a message', async () => {
    const cache = new DataCache(async () => file('sha256:bbbbbbbb11'), 'sha256:aaaaaaaa22');
    await expect(cache.metric({ key: 'k', file: 'applications/k.json' })).rejects.toThrow(
      /applications\/k\.json 来自另一次构建（数据版本 bbbbbbbb，清单为 aaaaaaaa）.*is from another build/,
    );
  });

  it('a metric file of the same build is returned as read', async () => {
    const cache = new DataCache(async () => file('sha256:aaaaaaaa22'), 'sha256:aaaaaaaa22');
    expect((await cache.metric({ key: 'k', file: 'a/k.json' })).values).toEqual([7]);
    expect(() => checkSameBuild(file('sha256:x'), 'sha256:y', 'p')).toThrow(/another build/);
  });

  it('every metric file of a real build carries the manifest\'s inputsSha256', () => {
    for (const m of seedBuild.manifest.metrics) {
      const f = JSON.parse(readFileSync(join(seedsOut, m.file), 'utf8')) as MetricFile;
      expect(checkSameBuild(f, seedBuild.manifest.inputsSha256, m.file)).toBe(f);
    }
  });
});
