/** `<group>/<key>.json` and `<group>/index.json`: catalogue values as columns aligned with `manifest.reports`. */
import { DATASET_SCHEMA_VERSION, type AreaIndex, type Manifest, type MetricFile, type MetricGroup } from '../data/types';
import type { KeptReport } from './calcKeptReports';
import { METRIC_INDEX } from './metrics/metricCatalogue';

/**
 * The value columns of some catalogue metrics (by index), in one pass over the reports: a
 * column per metric built by its own pass was 250 passes over 100,000 reports.
 */
export function calcMetricColumns(kept: readonly KeptReport[], indexes: readonly number[]): (number | null)[][] {
  const columns = indexes.map(() => new Array<number | null>(kept.length));
  for (let j = 0; j < kept.length; j++) {
    const values = kept[j].record.values;
    for (let c = 0; c < indexes.length; c++) columns[c][j] = values[indexes[c]];
  }
  return columns;
}

export function calcMetricFile(kept: readonly KeptReport[], key: string, approximate: boolean, inputsSha256: string, values?: (number | null)[]): MetricFile {
  const i = METRIC_INDEX.get(key)!;
  const file: MetricFile = { schemaVersion: DATASET_SCHEMA_VERSION, inputsSha256, key, values: values ?? calcMetricColumns(kept, [i])[0] };
  if (approximate) {
    const approx = new Array<boolean>(kept.length);
    const labels = new Array<string | null>(kept.length);
    for (let j = 0; j < kept.length; j++) {
      let note = null;
      for (const n of kept[j].record.notes)
        if (n.index === i) {
          note = n;
          break;
        }
      approx[j] = note?.approximate ?? false;
      labels[j] = note?.label ?? null;
    }
    file.approximate = approx;
    file.labels = labels;
  }
  return file;
}

export function calcAreaIndex(manifest: Manifest, group: MetricGroup, files: ReadonlyMap<string, MetricFile>): AreaIndex {
  return {
    schemaVersion: DATASET_SCHEMA_VERSION,
    inputsSha256: manifest.inputsSha256,
    group,
    metrics: manifest.metrics
      .filter((m) => m.group === group)
      .map((m) => {
        let min: number | null = null;
        let max: number | null = null;
        for (const v of files.get(m.key)!.values) {
          if (v === null) continue;
          if (min === null || v < min) min = v;
          if (max === null || v > max) max = v;
        }
        return { ...m, min, max };
      }),
  };
}
