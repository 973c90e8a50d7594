/**
 * The bundled dataset as build inputs, for join mode: every kept report's JSON (same-origin GETs
 * of the site's own `data/`; nothing is sent) turned back into its record, and the build
 * report's unreadable files as error outcomes. Dropped duplicates of the static build are not
 * in the site's data, so they are not listed again.
 */
import type { AgencyEntry, BuildReport, ManifestFile, ReportDetailsFile } from '../data/types';
import { unpackManifest } from '../data/unpackManifest';
import { calcReportRecord } from '../dataset/calcReportRecord';
import type { Gazetteer } from '../dataset/region/gazetteer';
import type { Report } from '../report/types';
import type { StoredInput } from './importStore';

async function getJson<T>(url: URL): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url.pathname}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

export async function loadBundledInputs(base: string, g: Gazetteer): Promise<StoredInput[]> {
  const data = new URL('data/', base);
  const [file, { details }, buildReport] = await Promise.all([
    getJson<ManifestFile>(new URL('manifest.json', data)),
    getJson<ReportDetailsFile>(new URL('report-details.json', data)),
    getJson<BuildReport>(new URL('build-report.json', data)),
  ]);
  const manifest = unpackManifest(file);
  if (details.length !== manifest.reports.length) throw new Error(`report-details.json: ${details.length} entries for ${manifest.reports.length} reports`);
  const agencies = new Map<string, AgencyEntry>(manifest.agencies.map((a) => [a.id, a]));
  const out: StoredInput[] = new Array(manifest.reports.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < manifest.reports.length; i = next++) {
      const entry = manifest.reports[i];
      const { file } = details[i];
      const report = await getJson<Report>(new URL(`reports/${encodeURIComponent(entry.id)}.json`, data));
      const record = calcReportRecord(report, i, file, g, false);
      record.regionFrom = agencies.get(entry.agency)?.regionFrom ?? record.regionFrom;
      out[i] = { file, parsed: { file, digest: `sha256:${report.source.sha256}`, ok: true, record }, report };
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  const errors = buildReport.files.flatMap((f): StoredInput[] =>
    f.outcome === 'error' ? [{ file: f.file, parsed: { file: f.file, digest: `bundled:${f.file}`, ok: false, error: f.reason }, report: null }] : [],
  );
  return [...out, ...errors];
}
