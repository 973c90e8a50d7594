/**
 * N distinct agency names for a synthetic corpus, built from the GB/T 2260 gazetteer (real
 * place names as building blocks; not claims about real agencies): county police bureaus,
 * district branches of city bureaus, city bureaus and a few other city agencies. Past those
 * (~5,600), county and district departments (自然资源局, 教育局 …) make up a province-wide
 * corpus of 100,000 reports; the first names, and so every smaller corpus, stay as they were.
 * Seeded and deterministic. Throws if N exceeds the names available.
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
  const names = shuffle([...new Map(all.map((a) => [a.name, a])).values()], seed);
  if (count <= names.length) return names.slice(0, count);
  const taken = new Set(names.map((a) => a.name));
  const more: SyntheticAgency[] = [];
  for (const department of DEPARTMENTS) {
    for (const county of g.counties) {
      const name = `${countyNames.get(county.name) === 1 ? county.name : `${county.parent!.name}${county.name}`}${department}`;
      if (!taken.has(name)) more.push({ name, kind: 'countyGovernmentOffice' }), taken.add(name);
    }
  }
  const all2 = [...names, ...shuffle(more, seed + 1)];
  if (count > all2.length) throw new Error(`at most ${all2.length} synthetic agencies (asked for ${count})`);
  return all2.slice(0, count);
}

const DEPARTMENTS = ['自然资源局', '交通运输局', '教育局', '市场监督管理局', '卫生健康局', '住房和城乡建设局', '人力资源和社会保障局', '农业农村局'];

function shuffle<T>(list: T[], seed: number): T[] {
  const rng = createRng(seed);
  for (let i = list.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}
