import { describe, expect, it } from 'vitest';
import { matchesFilters, scoreAgency, searchAgencies } from './searchAgencies';
import type { AgencyEntry } from './types';

const agency = (name: string, pinyin: string, province: string, city: string | null, level: AgencyEntry['level'], aliases: string[] = []): AgencyEntry => ({
  id: `a-${pinyin.replace(/ /g, '')}`,
  name,
  aliases,
  pinyin,
  initials: pinyin.split(' ').map((s) => s[0]).join(''),
  region: { province, city, county: null },
  regionFrom: 'meta',
  level,
  years: [2021],
});

const AGENCIES = [
  agency('宝鸡市公安局', 'bao ji shi gong an ju', '陕西省', '宝鸡市', 'city'),
  agency('济源示范区公安局', 'ji yuan shi fan qu gong an ju', '河南省', '济源市', 'city', ['济源市公安局']),
  agency('沂源县公安局', 'yi yuan xian gong an ju', '山东省', '淄博市', 'county'),
  agency('淄博市公安局经开区分局', 'zi bo shi gong an ju jing kai qu fen ju', '山东省', '淄博市', 'branch'),
];
const names = (xs: AgencyEntry[]) => xs.map((a) => a.name);

describe('searchAgencies', () => {
  it.each([
    ['Chinese substring', '宝鸡', ['宝鸡市公安局']],
    ['full pinyin without spaces', 'baoji', ['宝鸡市公安局']],
    ['pinyin with spaces and capitals', 'Bao Ji', ['宝鸡市公安局']],
    ['pinyin initials', 'bjs', ['宝鸡市公安局']],
    ['an alias finds the agency under its current name', '济源市公安局', ['济源示范区公安局']],
    ['pinyin from the middle of the name, on a syllable boundary', 'jingkai', ['淄博市公安局经开区分局']],
    ['no match gives nothing', 'shanghai', []],
  ])('%s: %s', (_, q, expected) => {
    expect(names(searchAgencies(AGENCIES, q))).toEqual(expected);
  });

  it('a shared word finds every agency, prefix matches first', () => {
    expect(names(searchAgencies(AGENCIES, '淄博'))[0]).toBe('淄博市公安局经开区分局');
    expect(searchAgencies(AGENCIES, '公安局')).toHaveLength(4);
  });

  it('an empty query lists every agency that passes the filters, in manifest order', () => {
    expect(names(searchAgencies(AGENCIES, '', { province: '山东省' }))).toEqual(['沂源县公安局', '淄博市公安局经开区分局']);
    expect(names(searchAgencies(AGENCIES, '', { city: '淄博市', level: 'county' }))).toEqual(['沂源县公安局']);
    expect(names(searchAgencies(AGENCIES, 'gonganju', { level: 'city' }))).toEqual(['宝鸡市公安局', '济源示范区公安局']);
  });
});

/** The scoring as first written (a string built per agency and test), kept as the oracle for the indexed one. */
function formerScore(a: AgencyEntry, query: string): number {
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
  const syllables = a.pinyin.split(' ');
  for (let i = 0; i < syllables.length; i++) if (syllables.slice(i).join('').startsWith(latin)) return 50;
  if (a.initials.includes(latin) && latin.length >= 2) return 40;
  if (joined.includes(latin) && latin.length >= 3) return 30;
  return 0;
}

describe('searchAgencies on a synthetic list (test data, not real agencies)', () => {
  const SYLLABLES: [string, string][] = [['bao', '宝'], ['ji', '鸡'], ['shi', '市'], ['gong', '公'], ['an', '安'], ['ju', '局'], ['yuan', '源'], ['xian', '县'], ['zi', '淄'], ['bo', '博'], ['qu', '区'], ['fen', '分']];
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const list = Array.from({ length: 400 }, (_, i) => {
    const parts = Array.from({ length: 2 + next(6) }, () => SYLLABLES[next(SYLLABLES.length)]);
    const a = agency(parts.map((p) => p[1]).join(''), parts.map((p) => p[0]).join(' '), ['陕西省', '山东省'][i % 2], null, (['city', 'county', 'branch'] as const)[i % 3], i % 5 ? [] : [`${parts[0][1]}旧名`]);
    return { ...a, id: `a${i}` };
  });
  const queries = ['', '宝', '宝鸡', '公安局', '旧名', 'bao', 'Bao Ji', 'gongan', 'anju', 'bjs', 'ga', 'ju', 'xianfen', "xi'an", 'z', 'nope', '  gong an  ', 'qufen', 'shigong'];

  it('gives exactly the former scoring, order and filtering for every query', () => {
    for (const q of queries)
      for (const filters of [{}, { province: '山东省' }, { level: 'county' as const }]) {
        const expected = list
          .filter((a) => matchesFilters(a, filters))
          .map((a) => ({ a, s: formerScore(a, q) }))
          .filter((x) => x.s > 0)
          .sort((x, y) => y.s - x.s)
          .map((x) => x.a.id);
        expect(searchAgencies(list, q, filters).map((a) => a.id), `${q} ${JSON.stringify(filters)}`).toEqual(expected);
      }
    for (const a of list.slice(0, 50)) for (const q of queries) expect(scoreAgency(a, q)).toBe(formerScore(a, q));
  });

  it('a list whose agencies change is searched afresh (the index belongs to one list)', () => {
    const copy = list.map((a) => ({ ...a }));
    expect(searchAgencies(copy, 'bao').length).toBe(searchAgencies(list, 'bao').length);
    const renamed = copy.map((a) => ({ ...a, pinyin: 'zzz', initials: 'z' }));
    expect(searchAgencies(renamed, 'bao')).toEqual([]);
  });
});
