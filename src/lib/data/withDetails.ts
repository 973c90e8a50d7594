/** Manifest rows with their details (`report-details.json`, aligned), or null when the two do not align (files of two builds). */
import type { DetailedEntry, ManifestEntry, ReportDetail } from './types';

export function withDetails(reports: readonly ManifestEntry[], details: readonly ReportDetail[] | null): DetailedEntry[] | null {
  if (!details || details.length !== reports.length) return null;
  return reports.map((e, i) => ({ ...e, ...details[i] }));
}
