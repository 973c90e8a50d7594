/**
 * The chart slices of a manifest: per shard (`shardOf`), its agencies (in manifest order) and their
 * reports as `packManifest` stores them, and the positions of those reports in `manifest.reports`
 * (to cut the metric columns the same way, `sliceMetricFile`).
 */
import { packManifest } from './packManifest';
import { shardOf } from './shardOf';
import type { Manifest, ShardFile } from './types';

export interface ShardSlices {
  files: ShardFile[];
  /** Per shard, ascending positions into `manifest.reports`. */
  positions: number[][];
}

export function calcShardFiles(manifest: Manifest, shards: number): ShardSlices {
  const shardOfAgency = new Map(manifest.agencies.map((a) => [a.id, shardOf(a.id, shards)]));
  const positions: number[][] = Array.from({ length: shards }, () => []);
  manifest.reports.forEach((r, i) => positions[shardOfAgency.get(r.agency)!].push(i));
  const files = positions.map((pos, shard): ShardFile => {
    const agencies = manifest.agencies.filter((a) => shardOfAgency.get(a.id) === shard);
    const { reports } = packManifest({ ...manifest, agencies, reports: pos.map((i) => manifest.reports[i]) });
    return { schemaVersion: manifest.schemaVersion, inputsSha256: manifest.inputsSha256, shard, agencies, reports };
  });
  return { files, positions };
}
