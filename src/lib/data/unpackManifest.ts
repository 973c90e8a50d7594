/**
 * `manifest.json` (`ManifestFile`, report rows as columns) → the `Manifest` the views use, one
 * object per report. A file of another dataset version (a cached page of an older site) is
 * refused with a message saying so, never half read.
 */
import { usualReportId } from './packManifest';
import { DATASET_SCHEMA_VERSION, type Manifest, type ManifestEntry, type ManifestFile } from './types';

export function unpackManifest(file: ManifestFile, path = 'manifest.json'): Manifest {
  if (file?.schemaVersion !== DATASET_SCHEMA_VERSION || !Array.isArray(file.reports?.id))
    throw new Error(
      `${path} 的数据格式版本为 ${String(file?.schemaVersion)}，本页面需要 ${DATASET_SCHEMA_VERSION}；请重新构建数据或刷新页面 · ` +
        `${path} has dataset version ${String(file?.schemaVersion)}, this page needs ${DATASET_SCHEMA_VERSION}: rebuild the data or reload`,
    );
  const c = file.reports;
  const broken = (Object.keys(c) as (keyof typeof c)[]).find((k) => !Array.isArray(c[k]) || c[k].length !== c.id.length);
  if (broken) throw new Error(`${path}: 报告列 ${broken} 与 id 列长度不一致 · report column ${broken} does not align with the ids: a damaged file`);
  const conflictOf = new Map<string, number>();
  file.conflicts.forEach((x, i) => x.reports.forEach((id) => conflictOf.set(id, i)));
  const reports = c.id.map((stored, i): ManifestEntry => {
    const agency = file.agencies[c.agency[i]];
    if (!agency) throw new Error(`${path}: 第 ${i + 1} 份报告的机关不在清单中 · report ${i + 1} names no agency of the manifest: a damaged file`);
    const id = stored ?? usualReportId(agency.id, c.year[i]);
    const e: ManifestEntry = { id, agency: agency.id, name: c.name[i] ?? agency.name, year: c.year[i], template: c.template[i], failedChecks: c.failedChecks[i] };
    const url = c.url[i];
    if (url !== null) e.url = url;
    if (c.flags[i] & 1) e.synthetic = true;
    if (c.flags[i] & 2) e.noTables = true;
    const conflict = conflictOf.get(id);
    if (conflict !== undefined) e.conflict = conflict;
    return e;
  });
  const { schemaVersion, inputsSha256, agencies, years, metrics, conflicts, files } = file;
  return { schemaVersion, inputsSha256, agencies, years, reports, metrics, conflicts, files };
}
