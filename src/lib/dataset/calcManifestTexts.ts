/**
 * `core.json` (what every view loads first), `agencies.json` (the agency search), `shards/<n>.json`
 * (a chart's agencies and their reports), `manifest.json` (every agency and report row, as columns:
 * the views that list them all) and `report-details.json` (what only the data-quality view needs),
 * as the build writes them and the import stores them.
 */
import { calcCoreManifest } from '../data/calcCoreManifest';
import { calcShardFiles } from '../data/calcShardFiles';
import { packManifest } from '../data/packManifest';
import { calcShardCount } from '../data/shardOf';
import type { AgenciesFile, Manifest, ReportDetail, ReportDetailsFile } from '../data/types';
import type { DatasetText } from './calcMetricTexts';
import { formatCompactJson } from './formatJson';

export function calcManifestTexts(manifest: Manifest, details: readonly ReportDetail[]): DatasetText[] {
  if (details.length !== manifest.reports.length) throw new Error(`report details: ${details.length} for ${manifest.reports.length} reports`);
  const { schemaVersion, inputsSha256 } = manifest;
  const file: ReportDetailsFile = { schemaVersion, inputsSha256, details: [...details] };
  const agencies: AgenciesFile = { schemaVersion, inputsSha256, agencies: manifest.agencies };
  const shards = calcShardCount(manifest.agencies.length);
  return [
    { path: 'core.json', text: formatCompactJson(calcCoreManifest(manifest, shards)) },
    { path: 'agencies.json', text: formatCompactJson(agencies) },
    ...calcShardFiles(manifest, shards).files.map((f) => ({ path: `shards/${f.shard}.json`, text: formatCompactJson(f) })),
    { path: 'manifest.json', text: formatCompactJson(packManifest(manifest)) },
    { path: 'report-details.json', text: formatCompactJson(file) },
  ];
}
