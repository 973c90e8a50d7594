/** The built site's datasets, read from `dist/data` for the browser tests' expectations. */
import { readFileSync } from 'node:fs';
import type { BuildReport, DetailedEntry, Manifest, ManifestFile, MetricFile, ReportDetailsFile } from '../../src/lib/data/types';
import { unpackManifest } from '../../src/lib/data/unpackManifest';
import { withDetails } from '../../src/lib/data/withDetails';
import type { Report } from '../../src/lib/report/types';

const read = <T>(path: string, dir: string) => JSON.parse(readFileSync(`${dir}/${path}`, 'utf8')) as T;

export function readDataset(dir = 'dist/data') {
  /** The manifest as the app reads it. */
  const unpacked: Manifest = unpackManifest(read<ManifestFile>('manifest.json', dir));
  /** ... with each report's details (source file, blank cells, warnings …) from report-details.json. */
  const { details } = read<ReportDetailsFile>('report-details.json', dir);
  const manifest: Omit<Manifest, 'reports'> & { reports: DetailedEntry[] } = { ...unpacked, reports: withDetails(unpacked.reports, details)! };
  return {
    manifest,
    unpacked,
    details,
    buildReport: () => read<BuildReport>('build-report.json', dir),
    report: (id: string) => read<Report>(`reports/${id}.json`, dir),
    metric: (key: string) => read<MetricFile>(manifest.metrics.find((m) => m.key === key)!.file, dir),
    /** The manifest entry of the report of this agency (by display name) and year. */
    entry: (name: string, year: number) => {
      const e = manifest.reports.find((r) => r.name === name && r.year === year);
      if (!e) throw new Error(`${name} ${year} not in the manifest`);
      return e;
    },
    agencyOf: (reportId: string) => manifest.agencies.find((a) => a.id === manifest.reports.find((r) => r.id === reportId)!.agency)!,
  };
}
