/**
 * `manifest.json` (report rows as columns: what every view loads) and `report-details.json`
 * (what only the data-quality view needs), as the build writes them and the import stores them.
 */
import { packManifest } from '../data/packManifest';
import type { Manifest, ReportDetail, ReportDetailsFile } from '../data/types';
import type { DatasetText } from './calcMetricTexts';
import { formatCompactJson } from './formatJson';

export function calcManifestTexts(manifest: Manifest, details: readonly ReportDetail[]): DatasetText[] {
  if (details.length !== manifest.reports.length) throw new Error(`report details: ${details.length} for ${manifest.reports.length} reports`);
  const file: ReportDetailsFile = { schemaVersion: manifest.schemaVersion, inputsSha256: manifest.inputsSha256, details: [...details] };
  return [
    { path: 'manifest.json', text: formatCompactJson(packManifest(manifest)) },
    { path: 'report-details.json', text: formatCompactJson(file) },
  ];
}
