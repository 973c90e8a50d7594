/**
 * Lookups the views need over and over, computed once per manifest: agency by id, the report
 * positions of each agency (in manifest order, i.e. by year), metric by key, and the regions
 * for the province/city filters.
 */
import type { AgencyEntry, Manifest, MetricInfo } from './types';

export interface ManifestIndex {
  agencyById: Map<string, AgencyEntry>;
  /** Positions into `manifest.reports` per agency id, ascending (year order). */
  reportsOfAgency: Map<string, number[]>;
  reportById: Map<string, number>;
  metricByKey: Map<string, MetricInfo>;
  /** Provinces with their cities, sorted. */
  provinces: { name: string; cities: string[] }[];
}

export function calcManifestIndex(manifest: Manifest): ManifestIndex {
  const agencyById = new Map(manifest.agencies.map((a) => [a.id, a]));
  const reportsOfAgency = new Map<string, number[]>();
  const reportById = new Map<string, number>();
  manifest.reports.forEach((r, i) => {
    reportById.set(r.id, i);
    const list = reportsOfAgency.get(r.agency);
    if (list) list.push(i);
    else reportsOfAgency.set(r.agency, [i]);
  });
  const regions = new Map<string, Set<string>>();
  for (const a of manifest.agencies) {
    const p = a.region.province;
    if (!p) continue;
    const cities = regions.get(p) ?? new Set<string>();
    if (a.region.city) cities.add(a.region.city);
    regions.set(p, cities);
  }
  const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const provinces = [...regions].map(([name, cities]) => ({ name, cities: [...cities].sort(byCodePoint) })).sort((a, b) => byCodePoint(a.name, b.name));
  return { agencyById, reportsOfAgency, reportById, metricByKey: new Map(manifest.metrics.map((m) => [m.key, m])), provinces };
}
