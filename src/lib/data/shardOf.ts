/**
 * Which shard an agency's chart data is in (`shards/<n>.json`, `<group>/<key>/<n>.json`): FNV-1a
 * of its id, modulo the dataset's shard count (`CoreManifest.shards`). The build, the import and
 * the app agree through this one function.
 */
export function shardOf(agencyId: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < agencyId.length; i++) {
    h ^= agencyId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % shards;
}

/** Agencies per shard the count aims at, at least. */
const AGENCIES_PER_SHARD = 8;
/** At most this many shards: a metric has a file per shard. */
const MAX_SHARDS = 64;

/**
 * The shard count of a dataset of `agencies` agencies: a power of two, about one shard per
 * `AGENCIES_PER_SHARD` agencies, at most `MAX_SHARDS` (~220 agencies a shard at 100,000 reports).
 */
export function calcShardCount(agencies: number): number {
  let n = 1;
  while (n < MAX_SHARDS && n * AGENCIES_PER_SHARD < agencies) n *= 2;
  return n;
}
