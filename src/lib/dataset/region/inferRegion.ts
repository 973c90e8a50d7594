/**
 * Province, city and county from an agency name, read against the gazetteer: places at the
 * start of the name, outermost first (`山东省淄博市…`, `淄博市公安局`, `沂源县公安局`), and a
 * county of the found city anywhere after it (`聊城市公安局茌平分局` → 茌平区). A short form
 * (stem: `济源` for 济源市) counts only when no other division of the same scope has it.
 * Anything ambiguous stays null: a wrong place is worse than none.
 */
import type { Region } from '../../report/types';
import type { Division, Gazetteer } from './gazetteer';

const TYPE_CHAR = /[省市县区旗州盟]/;

interface Match {
  division: Division;
  length: number;
}

function matchAt(name: string, pos: number, candidates: readonly Division[], stems: boolean): Match | null {
  const full = candidates.filter((d) => name.startsWith(d.name, pos));
  const longest = Math.max(0, ...full.map((d) => d.name.length));
  const best = full.filter((d) => d.name.length === longest);
  if (best.length > 1) return null; // 朝阳区: in Beijing and in Changchun
  if (best.length === 1) return { division: best[0], length: longest };
  if (!stems) return null;
  // A stem followed by another type word names another division: 朝阳区 is not 朝阳市.
  const hits = candidates.filter((d) => d.stem && name.startsWith(d.stem, pos) && !TYPE_CHAR.test(name[pos + d.stem.length] ?? ''));
  return hits.length === 1 ? { division: hits[0], length: hits[0].stem!.length } : null;
}

/** A county of `city` named anywhere in `rest` (full name or unique stem), first by position. */
function countyIn(rest: string, city: Division): Division | null {
  let best: { d: Division; at: number } | null = null;
  for (const d of city.children) {
    for (const form of [d.name, d.stem]) {
      if (!form) continue;
      const at = rest.indexOf(form);
      if (at >= 0 && (!best || at < best.at)) best = { d, at };
    }
  }
  if (!best) return null;
  const rivals = city.children.filter((d) => d !== best!.d && d.stem && d.stem === best!.d.stem);
  return rivals.length ? null : best.d;
}

export function inferRegion(name: string, g: Gazetteer): Region {
  let pos = 0;
  const province = matchAt(name, pos, g.provinces, true);
  if (province) pos += province.length;
  const cityScope = province ? province.division.children : g.cities;
  const city = matchAt(name, pos, cityScope, true);
  if (city) pos += city.length;
  const countyScope = city ? city.division.children : province ? province.division.children.flatMap((c) => c.children).concat(province.division.children.filter((c) => c.level === 'county')) : g.counties;
  // Municipalities (北京市) hold their districts directly.
  const container = city?.division ?? (province?.division.children.some((c) => c.level === 'county') ? province.division : null);
  const county = matchAt(name, pos, countyScope, true)?.division ?? (container ? countyIn(name.slice(pos), container) : null);

  const found = county ?? city?.division ?? province?.division ?? null;
  if (!found) return { province: null, city: null, county: null };
  const chain: Division[] = [];
  for (let d: Division | null = found; d; d = d.parent) chain.unshift(d);
  const p = chain[0];
  const rest = chain.slice(1);
  // Counties directly under a province (济源市, or the districts of 北京市) stand in for the city.
  if (rest.length === 1 && rest[0].level === 'county') {
    const municipality = /市$/.test(p.name);
    return municipality ? { province: p.name, city: p.name, county: rest[0].name } : { province: p.name, city: rest[0].name, county: null };
  }
  return { province: p.name, city: rest[0]?.name ?? (/市$/.test(p.name) ? p.name : null), county: rest[1]?.name ?? null };
}
