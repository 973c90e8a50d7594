/** The provinces with their cities of the agencies, sorted by their Chinese names, each with its pinyin where the agencies carry it: the region filters. */
import type { AgencyEntry, Place } from './types';

export function calcProvinces(agencies: readonly AgencyEntry[]): Place[] {
  const regions = new Map<string, { pinyin?: string; cities: Map<string, string | undefined> }>();
  for (const a of agencies) {
    const p = a.region.province;
    if (!p) continue;
    const place = regions.get(p) ?? regions.set(p, { pinyin: undefined, cities: new Map() }).get(p)!;
    place.pinyin ??= a.regionPinyin?.province ?? undefined;
    const c = a.region.city;
    if (c && !place.cities.get(c)) place.cities.set(c, a.regionPinyin?.city ?? undefined);
  }
  const byCodePoint = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return [...regions]
    .map(([name, { pinyin, cities }]) => ({ name, pinyin, cities: [...cities].map(([name, pinyin]) => ({ name, pinyin })).sort(byCodePoint) }))
    .sort(byCodePoint);
}
