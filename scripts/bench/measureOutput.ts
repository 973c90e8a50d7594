/** Sizes of a dataset folder for bench:build: bytes per kind of file, and gzip of what one chart view loads. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { metricSlicePath } from '../../src/lib/data/metricSlicePath';
import { shardOf } from '../../src/lib/data/shardOf';
import type { CoreManifest, ManifestFile, MetricTopFile } from '../../src/lib/data/types';
import { DEFAULT_METRIC } from '../../src/lib/view/parseView';

export interface OutputSizes {
  total: number;
  byPart: Record<string, number>;
  manifestGzip: number;
  /** The metric file with the largest gzip size. */
  largestMetric: { file: string; gzip: number };
  /** The default line chart (`loadExploreData`): core.json + the default metric's top.json + the shards of its 5 lines (reports and values), gzip. */
  chartViewGzip: number;
  chartViewFiles: number;
  coreGzip: number;
  /** A chart over every report (ranked, region filters): core.json + manifest.json + the largest metric file, gzip. */
  everyReportGzip: number;
  /** The downloads (csv, parquet) as the manifest lists them, with their sizes. */
  downloads: { path: string; bytes: number }[];
}

async function sizes(dir: string, root: string, out: Record<string, number>): Promise<number> {
  let total = 0;
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) total += await sizes(p, root, out);
    else {
      const rel = p.slice(root.length + 1);
      const part = rel.startsWith('csv/') ? rel : rel.includes('/') ? `${rel.split('/')[0]}/` : rel;
      const n = (await stat(p)).size;
      out[part] = (out[part] ?? 0) + n;
      total += n;
    }
  }
  return total;
}

const gz = async (p: string) => gzipSync(await readFile(p), { level: 6 }).length;

export async function measureOutput(dir: string): Promise<OutputSizes> {
  const byPart: Record<string, number> = {};
  const total = await sizes(dir, dir, byPart);
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as ManifestFile;
  const manifestGzip = await gz(join(dir, 'manifest.json'));
  let largestMetric = { file: '', gzip: 0 };
  for (const m of manifest.metrics) {
    const g = await gz(join(dir, m.file));
    if (g > largestMetric.gzip) largestMetric = { file: m.file, gzip: g };
  }
  const downloads = manifest.files.filter((f) => f.kind === 'csv' || f.kind === 'parquet').map((f) => ({ path: f.path, bytes: f.bytes ?? 0 }));
  const core = JSON.parse(await readFile(join(dir, 'core.json'), 'utf8')) as CoreManifest;
  const coreGzip = await gz(join(dir, 'core.json'));
  const metric = core.metrics.find((m) => m.key === DEFAULT_METRIC) ?? core.metrics[0];
  const chartFiles = ['core.json'];
  if (metric) {
    chartFiles.push(metricSlicePath(metric.file, 'top'));
    const top = JSON.parse(await readFile(join(dir, metricSlicePath(metric.file, 'top')), 'utf8')) as MetricTopFile;
    for (const n of new Set(top.trend.slice(0, 5).map((id) => shardOf(id, core.shards)))) chartFiles.push(`shards/${n}.json`, metricSlicePath(metric.file, n));
  }
  let chartViewGzip = 0;
  for (const f of chartFiles) chartViewGzip += await gz(join(dir, f));
  return { total, byPart, manifestGzip, largestMetric, chartViewGzip, chartViewFiles: chartFiles.length, coreGzip, everyReportGzip: coreGzip + manifestGzip + largestMetric.gzip, downloads };
}
