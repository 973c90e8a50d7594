/** A metric file cut to some reports (their positions, ascending), and shards of one metric joined back in the order given. */
import type { MetricFile } from './types';

export function sliceMetricFile(file: MetricFile, positions: readonly number[]): MetricFile {
  const out: MetricFile = { schemaVersion: file.schemaVersion, inputsSha256: file.inputsSha256, key: file.key, values: positions.map((i) => file.values[i]) };
  if (file.approximate) out.approximate = positions.map((i) => file.approximate![i]);
  if (file.labels) out.labels = positions.map((i) => file.labels![i]);
  return out;
}

export function joinMetricFiles(parts: readonly MetricFile[], key: string, inputsSha256: string, schemaVersion: MetricFile['schemaVersion']): MetricFile {
  const out: MetricFile = { schemaVersion, inputsSha256, key, values: parts.flatMap((p) => p.values) };
  if (parts.some((p) => p.approximate)) out.approximate = parts.flatMap((p) => p.approximate ?? p.values.map(() => false));
  if (parts.some((p) => p.labels)) out.labels = parts.flatMap((p) => p.labels ?? p.values.map(() => null));
  return out;
}
