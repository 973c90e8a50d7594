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
  /** Provinces with their cities, sorted by their Chinese names, each with its pinyin where the agencies carry it. */
  provinces: Place[];
}

export interface Place {
  name: string;
  /** `AgencyEntry.regionPinyin`'s syllables for this name. */
  pinyin?: string;
  cities: { name: string; pinyin?: string }[];
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
  const regions = new Map<string, { pinyin?: string; cities: Map<string, string | undefined> }>();
  for (const a of manifest.agencies) {
    const p = a.region.province;
    if (!p) continue;
    const place = regions.get(p) ?? regions.set(p, { pinyin: undefined, cities: new Map() }).get(p)!;
    place.pinyin ??= a.regionPinyin?.province ?? undefined;
    const c = a.region.city;
    if (c && !place.cities.get(c)) place.cities.set(c, a.regionPinyin?.city ?? undefined);
  }
  const byCodePoint = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const provinces = [...regions]
    .map(([name, { pinyin, cities }]) => ({ name, pinyin, cities: [...cities].map(([name, pinyin]) => ({ name, pinyin })).sort(byCodePoint) }))
    .sort(byCodePoint);
  return { agencyById, reportsOfAgency, reportById, metricByKey: new Map(manifest.metrics.map((m) => [m.key, m])), provinces };
}
