/** `<group>/<key>.json` then `<group>/index.json` of every group, as the texts to write (compact JSON). */
import { METRIC_GROUPS, type Manifest, type MetricFile, type MetricGroup } from '../data/types';
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
  for (const group of groups) {
    const files = new Map<string, MetricFile>();
    const metrics = manifest.metrics.filter((x) => x.group === group);
    const columns = calcMetricColumns(kept, metrics.map((m) => METRIC_INDEX.get(m.key)!));
    for (const [c, m] of metrics.entries()) {
      const file = calcMetricFile(kept, m.key, m.approximate === true, manifest.inputsSha256, columns[c]);
      files.set(m.key, file);
      yield { path: m.file, text: formatCompactJson(file) };
    }
    yield { path: `${group}/index.json`, text: formatCompactJson(calcAreaIndex(manifest, group, files)) };
  }
}
