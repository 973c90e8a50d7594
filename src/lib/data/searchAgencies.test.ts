import { describe, expect, it } from 'vitest';
import { searchAgencies } from './searchAgencies';
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
