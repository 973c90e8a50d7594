/**
 * The manifest as stored in `manifest.json`: report rows as columns (`ManifestFile`). The build and
 * the app's import write it; `unpackManifest` reads it back to the same `Manifest`.
 */
import type { Manifest, ManifestFile, ReportColumns } from './types';

/**
 * The id most reports have: the agency id's hash and the year (`reportId` hashes the report's own
 * agency name, which is the display name in most reports). Stored only where a report's differs.
 */
export const usualReportId = (agencyId: string, year: number | null) => `${agencyId.slice(1)}-${year}`;

export function packManifest(manifest: Manifest): ManifestFile {
  const position = new Map(manifest.agencies.map((a, i) => [a.id, i]));
  const rows = manifest.reports;
  const agencyAt = (id: string) => {
    const i = position.get(id);
    if (i === undefined) throw new Error(`manifest: report of unknown agency ${id}`);
    return i;
  };
  const reports: ReportColumns = {
    id: rows.map((r) => (r.id === usualReportId(r.agency, r.year) ? null : r.id)),
    agency: rows.map((r) => agencyAt(r.agency)),
    name: rows.map((r) => (r.name === manifest.agencies[agencyAt(r.agency)].name ? null : r.name)),
    year: rows.map((r) => r.year),
    template: rows.map((r) => r.template),
    url: rows.map((r) => r.url ?? null),
    failedChecks: rows.map((r) => r.failedChecks),
    flags: rows.map((r) => (r.synthetic ? 1 : 0) | (r.noTables ? 2 : 0)),
  };
  const { schemaVersion, inputsSha256, agencies, years, metrics, conflicts, files } = manifest;
  return { schemaVersion, inputsSha256, agencies, years, reports, metrics, conflicts, files };
}
