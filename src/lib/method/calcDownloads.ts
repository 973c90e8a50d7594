/**
 * The Method view's list of downloads from the manifest's file list: each file with what it
 * holds and its size as the build wrote it (no size when the manifest has none, e.g. an imported
 * dataset). The long table first (Parquet, then gzipped CSV), the data dictionary of the area
 * files, then one CSV per chart area.
 */
import type { DatasetFile, MetricGroup } from '../data/types';
import type { Lang } from '../view/parseView';

export interface Download {
  path: string;
  label: string;
  /** `12.3 MB`, or null when the size is not known. */
  size: string | null;
}

const LONG: Record<string, Record<Lang, string>> = {
  'parquet/figures.parquet': { zh: '全部数字（长表，Parquet：pandas、R、DuckDB、Excel Power Query 可读）', en: 'Every figure (long table, Parquet: pandas, R, DuckDB, Excel Power Query)' },
  'csv/figures.csv.gz': { zh: '全部数字（长表，CSV，gzip 压缩）', en: 'Every figure (long table, CSV, gzipped)' },
  'csv/dictionary.csv': { zh: '数据字典：下列各区 CSV 每一列的含义（来自哪张表、哪一行哪一列，中英文名称，单位）', en: 'Data dictionary: what each column of the area CSVs below holds (table, row and column, Chinese and English labels, unit)' },
};

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

export function calcDownloads(files: readonly DatasetFile[], groups: Record<MetricGroup, string>, lang: Lang): Download[] {
  const downloads = files.filter((f) => f.kind === 'csv' || f.kind === 'parquet');
  const rank = (f: DatasetFile) => (f.path in LONG ? Object.keys(LONG).indexOf(f.path) : 2);
  return [...downloads]
    .sort((a, b) => rank(a) - rank(b))
    .map((f) => ({
      path: f.path,
      label: LONG[f.path]?.[lang] ?? (f.group ? `${groups[f.group]}${lang === 'zh' ? '（每份报告一行，CSV）' : ' (one row per report, CSV)'}` : f.path),
      size: f.bytes === undefined ? null : formatBytes(f.bytes),
    }));
}
