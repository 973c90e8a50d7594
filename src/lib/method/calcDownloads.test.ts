import { describe, expect, it } from 'vitest';
import { calcDatasetFiles } from '../dataset/calcManifest';
import { STRINGS } from '../i18n/strings';
import { calcDownloads, formatBytes } from './calcDownloads';

describe('Method view downloads', () => {
  const files = calcDatasetFiles().map((f) => (f.kind === 'csv' || f.kind === 'parquet' ? { ...f, bytes: f.path.length * 1000 } : f));

  it('lists every download of the manifest, the long table first, with the size the manifest gives', () => {
    const list = calcDownloads(files, STRINGS.en.groups, 'en');
    expect(list.map((d) => d.path)).toEqual(['parquet/figures.parquet', 'csv/figures.csv.gz', 'csv/dictionary.csv', 'csv/channels.csv', 'csv/enforcement.csv', 'csv/applications.csv', 'csv/review.csv', 'csv/fees.csv']);
    expect(list[0]).toEqual({ path: 'parquet/figures.parquet', label: expect.stringContaining('Parquet'), size: formatBytes('parquet/figures.parquet'.length * 1000) });
    expect(list[2].label).toContain('Data dictionary');
    expect(calcDownloads(files, STRINGS.zh.groups, 'zh')[4].label).toContain('执法与决定');
  });

  it('a manifest without sizes (an imported dataset) lists the files with no size, not a made-up one', () => {
    expect(calcDownloads(calcDatasetFiles(), STRINGS.en.groups, 'en').every((d) => d.size === null)).toBe(true);
  });

  it.each([
    [512, '512 B'],
    [2048, '2.0 KB'],
    [5 * 1024 * 1024 + 1, '5.0 MB'],
    [3 * 1024 ** 3, '3.00 GB'],
  ])('%i bytes read %s', (n, text) => expect(formatBytes(n)).toBe(text));
});
