/**
 * Lookups the views need over and over, computed once per manifest: agency by id, the report
 * positions of each agency (in manifest order, i.e. by year), metric by key, and the regions
 * for the province/city filters.
 */
import { calcProvinces } from './calcProvinces';
import type { AgencyEntry, Manifest, MetricInfo, Place } from './types';

export type { Place };

export interface ManifestIndex {
  agencyById: Map<string, AgencyEntry>;
  /** Positions into `manifest.reports` per agency id, ascending (year order). */
  reportsOfAgency: Map<string, number[]>;
  reportById: Map<string, number>;
  metricByKey: Map<string, MetricInfo>;
  /** Provinces with their cities, sorted by their Chinese names, each with its pinyin where the agencies carry it. */
  provinces: Place[];
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
  return { agencyById, reportsOfAgency, reportById, metricByKey: new Map(manifest.metrics.map((m) => [m.key, m])), provinces: calcProvinces(manifest.agencies) };
}
