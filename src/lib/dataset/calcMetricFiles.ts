/** `<group>/<key>.json` and `<group>/index.json`: catalogue values as columns aligned with `manifest.reports`. */
import { DATASET_SCHEMA_VERSION, type AreaIndex, type Manifest, type MetricFile, type MetricGroup } from '../data/types';
import type { KeptReport } from './calcKeptReports';
import { METRIC_INDEX } from './metrics/metricCatalogue';

export function calcMetricFile(kept: readonly KeptReport[], key: string, approximate: boolean, inputsSha256: string): MetricFile {
  const i = METRIC_INDEX.get(key)!;
  const file: MetricFile = { schemaVersion: DATASET_SCHEMA_VERSION, inputsSha256, key, values: kept.map((k) => k.record.values[i]) };
  if (approximate) {
    const notes = kept.map((k) => k.record.notes.find((n) => n.index === i));
    file.approximate = notes.map((n) => n?.approximate ?? false);
    file.labels = notes.map((n) => n?.label ?? null);
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
        const known = files.get(m.key)!.values.filter((v): v is number => v !== null);
        let min: number | null = null;
        let max: number | null = null;
        for (const v of known) {
          if (min === null || v < min) min = v;
          if (max === null || v > max) max = v;
        }
        return { ...m, min, max };
      }),
  };
}
