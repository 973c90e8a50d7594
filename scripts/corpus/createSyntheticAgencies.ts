/**
 * N distinct agency names for a synthetic corpus, built from the GB/T 2260 gazetteer (real
 * place names as building blocks; not claims about real agencies): county police bureaus,
 * district branches of city bureaus, city bureaus and a few other city agencies. Seeded and
 * deterministic. Throws if N exceeds the names available.
 */
import { createRng } from '../../src/lib/report/synthetic/createRng';
import type { AgencyKind } from '../../src/lib/report/synthetic/types';
import type { Gazetteer } from '../../src/lib/dataset/region/gazetteer';

export interface SyntheticAgency {
  name: string;
  kind: AgencyKind;
}

export function createSyntheticAgencies(count: number, g: Gazetteer, seed = 1): SyntheticAgency[] {
  const countyNames = new Map<string, number>();
  for (const c of g.counties) countyNames.set(c.name, (countyNames.get(c.name) ?? 0) + 1);
  const all: SyntheticAgency[] = [];
  for (const city of g.cities) {
    all.push({ name: `${city.name}公安局`, kind: 'cityPolice' });
    all.push({ name: `${city.name}自然资源局`, kind: 'cityNaturalResources' });
    all.push({ name: `${city.name}交通运输局`, kind: 'cityTransport' });
  }
  for (const county of g.counties) {
    const parent = county.parent!;
    const unique = countyNames.get(county.name) === 1;
    if (county.name.endsWith('区') && county.stem && parent.level === 'city') {
      all.push({ name: `${parent.name}公安局${county.stem}分局`, kind: 'cityPoliceBranch' });
    } else if (/[县市旗]$/.test(county.name)) {
      const name = unique ? county.name : `${parent.name}${county.name}`;
      all.push({ name: `${name}公安局`, kind: 'countyPolice' });
      all.push({ name: `${name}人民政府办公室`, kind: 'countyGovernmentOffice' });
    }
  }
  const names = [...new Map(all.map((a) => [a.name, a])).values()];
  if (count > names.length) throw new Error(`at most ${names.length} synthetic agencies (asked for ${count})`);
  const rng = createRng(seed);
  for (let i = names.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [names[i], names[j]] = [names[j], names[i]];
  }
  return names.slice(0, count);
}
