/**
 * Some shards (`shards/<n>.json`) with the core manifest → a `Manifest` of just their agencies and
 * reports, shard after shard in the order given: what a chart of those agencies needs. Each shard
 * is checked as `manifest.json` is (`unpackManifest`).
 */
import type { CoreManifest, Manifest, ReportColumns, ShardFile } from './types';
import { unpackManifest } from './unpackManifest';

export function unpackShards(core: CoreManifest, shards: readonly ShardFile[]): Manifest {
  const agencies = shards.flatMap((s) => s.agencies);
  const reports: ReportColumns = { id: [], agency: [], name: [], year: [], template: [], url: [], failedChecks: [], flags: [] };
  let offset = 0;
  for (const s of shards) {
    const c = s.reports;
    if (!c || !Array.isArray(c.agency)) throw new Error(`shards/${s.shard}.json: 没有报告列 · no report columns: a damaged file`);
    for (const k of Object.keys(reports) as (keyof ReportColumns)[]) {
      if (k === 'agency') for (const a of c.agency) reports.agency.push(a < s.agencies.length ? a + offset : Number.NaN);
      else (reports[k] as unknown[]).push(...(c[k] as unknown[]));
    }
    offset += s.agencies.length;
  }
  const { schemaVersion, inputsSha256, years, metrics, conflicts, files } = core;
  return unpackManifest({ schemaVersion, inputsSha256, years, metrics, conflicts, files, agencies, reports }, 'shards');
}
