/**
 * Agency search for the picker: Chinese name or alias substring, pinyin ("baoji", "bao ji"),
 * pinyin initials ("bjs"), using the manifest's `pinyin` / `initials` (no pinyin library in the
 * app). Filters by province, city and level. Best matches first: exact, prefix, substring.
 */
import type { AgencyEntry } from './types';

import { type AgencyFilters, matchesFilters } from './matchesFilters';

export { type AgencyFilters, matchesFilters };

/** 0 = no match; higher is better. */
export function scoreAgency(a: AgencyEntry, query: string): number {
  const q = query.trim().toLowerCase();
  if (!q) return 1;
  if (a.name === q) return 100;
  if (a.name.startsWith(q)) return 90;
  if (a.name.includes(q)) return 80;
  if (a.aliases.some((x) => x.includes(q))) return 70;
  const latin = q.replace(/[\s'’-]+/g, '');
  if (!/^[a-z]+$/.test(latin)) return 0;
  const joined = a.pinyin.replace(/ /g, '');
  if (joined.startsWith(latin)) return 60;
  if (a.initials.startsWith(latin)) return 55;
  // Syllable-aligned substring ("gongan" in "bao ji shi gong an ju"), then any substring.
  const syllables = a.pinyin.split(' ');
  for (let i = 0; i < syllables.length; i++) if (syllables.slice(i).join('').startsWith(latin)) return 50;
  if (a.initials.includes(latin) && latin.length >= 2) return 40;
  if (joined.includes(latin) && latin.length >= 3) return 30;
  return 0;
}

export function searchAgencies(agencies: readonly AgencyEntry[], query: string, filters: AgencyFilters = {}): AgencyEntry[] {
  const scored: { a: AgencyEntry; s: number }[] = [];
  for (const a of agencies) {
    if (!matchesFilters(a, filters)) continue;
    const s = scoreAgency(a, query);
    if (s > 0) scored.push({ a, s });
  }
  // Stable: equal scores keep the manifest's order (by name).
  return scored.sort((x, y) => y.s - x.s).map((x) => x.a);
}
