/**
 * Per metric `<group>/<key>.json` (every report), its chart slices `<group>/<key>/<n>.json` (the
 * reports of shard n, aligned with `shards/<n>.json`) and `<group>/<key>/top.json` (default lines,
 * valued years); then `<group>/index.json` of every group. The texts to write (compact JSON).
 */
import { calcManifestIndex } from '../data/calcManifestIndex';
import { calcShardFiles } from '../data/calcShardFiles';
import { calcTrendPicks } from '../data/calcTrendPicks';
import { metricSlicePath } from '../data/metricSlicePath';
import { calcShardCount } from '../data/shardOf';
import { sliceMetricFile } from '../data/sliceMetricFile';
import { METRIC_GROUPS, type Manifest, type MetricFile, type MetricGroup, type MetricTopFile } from '../data/types';
import type { KeptReport } from './calcKeptReports';
import { calcAreaIndex, calcMetricColumns, calcMetricFile } from './calcMetricFiles';
import { METRIC_INDEX } from './metrics/metricCatalogue';
import { formatCompactJson } from './formatJson';

export interface DatasetText {
  /** Relative to the dataset folder, `/` separators. */
  path: string;
  text: string;
}

export function* calcMetricTexts(manifest: Manifest, kept: readonly KeptReport[], groups: readonly MetricGroup[] = METRIC_GROUPS): Generator<DatasetText> {
  const { positions } = calcShardFiles(manifest, calcShardCount(manifest.agencies.length));
  const index = calcManifestIndex(manifest);
  for (const group of groups) {
    const files = new Map<string, MetricFile>();
    const metrics = manifest.metrics.filter((x) => x.group === group);
    const columns = calcMetricColumns(kept, metrics.map((m) => METRIC_INDEX.get(m.key)!));
    for (const [c, m] of metrics.entries()) {
      const file = calcMetricFile(kept, m.key, m.approximate === true, manifest.inputsSha256, columns[c]);
      files.set(m.key, file);
      yield { path: m.file, text: formatCompactJson(file) };
      for (const [n, pos] of positions.entries()) yield { path: metricSlicePath(m.file, n), text: formatCompactJson(sliceMetricFile(file, pos)) };
      const top: MetricTopFile = { schemaVersion: manifest.schemaVersion, inputsSha256: manifest.inputsSha256, key: m.key, ...calcTrendPicks(manifest, index, m, file) };
      yield { path: metricSlicePath(m.file, 'top'), text: formatCompactJson(top) };
    }
    yield { path: `${group}/index.json`, text: formatCompactJson(calcAreaIndex(manifest, group, files)) };
  }
}
