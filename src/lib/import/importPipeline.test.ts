/**
 * The browser import pipeline (zip → parse → build) against `build:data` on the same files:
 * every dataset file the import stores is byte-identical to the one the build script writes
 * (the manifest apart from the downloads' sizes, which only the build knows: it writes them).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../../scripts/data/runBuild';
import type { DatasetFile, Manifest } from '../data/types';
import { loadGazetteer } from '../dataset/region/gazetteer';
import { webCryptoSha256 } from '../report/webCryptoSha256';
import { calcImportedDataset } from './calcImportedDataset';
import { expandZip, type InputFile } from './expandZip';
import { parseImportFiles } from './parseImportFiles';

const SEEDS = 'data/reports/seeds';
const seeds: InputFile[] = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, bytes: new Uint8Array(readFileSync(join(SEEDS, file))) }));
const out = mkdtempSync(join(tmpdir(), 'import-pipeline-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const gazetteer = await loadGazetteer();

describe('import pipeline', () => {
  it('the five seeds give the same dataset files as build:data', async () => {
    await runBuild({ corpus: SEEDS, out, workers: 0 });
    const own = await parseImportFiles(seeds, gazetteer);
    const { texts, state } = await calcImportedDataset(own, [], 'replace', webCryptoSha256);
    expect(texts.length).toBeGreaterThan(100);
    const built = (path: string) => readFileSync(join(out, path), 'utf8');
    const withoutSizes = (text: string) => {
      const m = JSON.parse(text) as Manifest;
      return { ...m, files: m.files.map(({ bytes: _bytes, ...f }) => f) };
    };
    for (const { path, text } of texts) {
      if (path === 'manifest.json' || path === 'core.json') expect(JSON.parse(text)).toEqual(withoutSizes(built(path)));
      else expect(text, path).toBe(built(path));
    }
    // The downloads with their sizes: the long table (CSV, Parquet), the five per-area CSVs and their dictionary.
    const downloads = JSON.parse(built('manifest.json')).files.filter((f: DatasetFile) => f.bytes !== undefined).map((f: DatasetFile) => f.path);
    expect(downloads).toHaveLength(8);
    expect(downloads).toContain('csv/dictionary.csv');
    expect(state.ownReports).toHaveLength(5);
    expect(state.ownFiles).toEqual(seeds.map((s) => s.file));
  });

  it('a zip of the seeds gives their reports; an unreadable file and a bad zip become error outcomes', async () => {
    const zip = zipSync(Object.fromEntries([...seeds.map((s) => [`in/${s.file}`, s.bytes]), ['__MACOSX/._x.txt', new Uint8Array([1])]]));
    const files = [...expandZip('seeds.zip', zip), ...expandZip('broken.zip', new Uint8Array([1, 2, 3])), { file: 'bad.txt', bytes: new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41]) }];
    expect(files.map((f) => f.file)).toEqual([...seeds.map((s) => `seeds.zip/in/${s.file}`), 'seeds.zip/__MACOSX', 'broken.zip', 'bad.txt']);
    expect(files.find((f) => f.file === 'seeds.zip/__MACOSX')?.error).toBe('skipped: hidden folder');
    const own = await parseImportFiles(files, gazetteer);
    const { dataset } = await calcImportedDataset(own, [], 'replace', webCryptoSha256);
    expect(dataset.manifest.reports).toHaveLength(5);
    const errors = dataset.buildReport.files.filter((f) => f.outcome === 'error').map((f) => f.file);
    expect(errors).toEqual(['bad.txt', 'broken.zip', 'seeds.zip/__MACOSX']);
  });

  it('join mode: own files that repeat bundled reports are duplicates, bundled reports stay', async () => {
    const bundled = await parseImportFiles(seeds, gazetteer);
    const own = await parseImportFiles(seeds.slice(0, 2), gazetteer);
    const { dataset, state } = await calcImportedDataset(own, bundled, 'join', webCryptoSha256);
    expect(dataset.manifest.reports).toHaveLength(5);
    expect(dataset.buildReport.counts.duplicates).toBe(2);
    expect(state.ownReports).toEqual([]);
    expect(state.bundledReports).toBe(5);
  });
});
