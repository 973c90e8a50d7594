import { describe, expect, it } from 'vitest';
import type { Region } from '../../report/types';
import { loadGazetteer } from '../region/gazetteer';
import { inferRegion } from '../region/inferRegion';
import type { ReportRecord } from '../reportRecord';
import { calcAgencies } from './calcAgencies';

const gazetteer = await loadGazetteer();

let index = 0;
function rec(name: string, year: number, aliases: string[] = [], region?: Region): ReportRecord {
  return {
    index: index++,
    file: `${index}.txt`,
    url: null,
    sha256: '',
    id: `${name}-${year}`,
    name,
    aliases,
    region: region ?? inferRegion(name, gazetteer),
    regionFrom: 'gazetteer',
    level: 'city',
    year,
    template: '2021',
    failedChecks: [],
    warnings: [],
    blankCells: 0,
    synthetic: false,
    tablesAsImages: false,
    values: [],
    notes: [],
  };
}

const names = (records: ReportRecord[]) => calcAgencies(records).agencies.map((a) => [a.name, ...a.aliases.filter((x) => records.some((r) => r.name === x))]);

describe('region pinyin', () => {
  it('gives each part of the region its syllables, one per character, for the English interface', () => {
    const [a] = calcAgencies([rec('淮安市洪泽区公安局', 2023)]).agencies;
    expect(a.region).toEqual({ province: '江苏省', city: '淮安市', county: '洪泽区' });
    expect(a.regionPinyin).toEqual({ province: 'jiang su sheng', city: 'huai an shi', county: 'hong ze qu' });
    const [b] = calcAgencies([rec('某某机关', 2023, [], { province: null, city: null, county: null })]).agencies;
    expect(b.regionPinyin).toEqual({ province: null, city: null, county: null });
  });
});

describe('agency identity across years', () => {
  it.each([
    ['济源示范区公安局 / 济源市公安局 (示范区 named after its city)', [rec('济源市公安局', 2020), rec('济源示范区公安局', 2021)], [['济源示范区公安局', '济源市公安局']]],
    ['淄博市公安局经开区分局 / 经开区公安分局 (branch with and without its city bureau)', [rec('经开区公安分局', 2020), rec('淄博市公安局经开区分局', 2021)], [['淄博市公安局经开区分局', '经开区公安分局']]],
    ['a government by its place and by its organ (平潭综合实验区 / 平潭综合实验区管委会 / 平潭综合实验区管理委员会)', [rec('平潭综合实验区', 2019), rec('平潭综合实验区管委会', 2020), rec('平潭综合实验区管理委员会', 2021)], [['平潭综合实验区管理委员会', '平潭综合实验区', '平潭综合实验区管委会']]],
    ['宝鸡市 / 宝鸡市人民政府', [rec('宝鸡市', 2020), rec('宝鸡市人民政府', 2021)], [['宝鸡市人民政府', '宝鸡市']]],
    ['…县公安局 → …区公安局 after redistricting', [rec('福建省长乐县公安局', 2019), rec('福建省长乐区公安局', 2021)], [['福建省长乐区公安局', '福建省长乐县公安局']]],
    ['a county-level city made a district (…市公安局 → …区公安局)', [rec('长乐市公安局', 2016), rec('长乐区公安局', 2018)], [['长乐区公安局', '长乐市公安局']]],
    ['a name the parser found as an alias in the other year', [rec('平安公安局', 2020), rec('某市平安区公安局', 2021, ['平安公安局'])], [['某市平安区公安局', '平安公安局']]],
  ])('joins %s', (_, records, expected) => {
    expect(names(records)).toEqual(expected);
  });

  it.each([
    ['通化市 and 通化县 (different places, same stem)', [rec('通化市公安局', 2020), rec('通化县公安局', 2021)]],
    ['a short branch name with two full candidates in different cities', [rec('经开区公安分局', 2020), rec('淄博市公安局经开区分局', 2021), rec('聊城市公安局经开区分局', 2021)]],
    ['two names that both have a report for the same year', [rec('济源市公安局', 2021), rec('济源示范区公安局', 2021)]],
    ['an alias claimed by two agencies', [rec('示范区公安局', 2020), rec('济源示范区公安局', 2021, ['示范区公安局']), rec('某某示范区公安局', 2021, ['示范区公安局'])]],
    ['a 区 name before a 县 name (redistricting goes one way)', [rec('某某区公安局', 2019), rec('某某县公安局', 2021)]],
    ['a sub-area committee and its district government', [rec('平潭综合实验区', 2020), rec('平潭综合实验区北厝金井湾片区管委会', 2021)]],
    ['names whose regions disagree', [rec('经开区公安分局', 2020, [], { province: '河南省', city: '洛阳市', county: null }), rec('淄博市公安局经开区分局', 2021)]],
  ])('does not join %s', (_, records) => {
    expect(calcAgencies(records).agencies).toHaveLength(new Set(records.map((r) => r.name)).size);
  });

  it('the display name is the latest report\'s; other names stay as aliases; the join is recorded', () => {
    const t = calcAgencies([rec('济源市公安局', 2020), rec('济源示范区公安局', 2021, ['示范区公安局'])]);
    expect(t.agencies[0]).toMatchObject({ name: '济源示范区公安局', aliases: ['济源市公安局', '示范区公安局'], years: [2020, 2021] });
    expect(t.joins).toEqual([{ agency: t.agencies[0].id, name: '济源示范区公安局', years: [2021], joined: [{ name: '济源市公安局', rule: 'placePrefix', years: [2020] }] }]);
    expect(t.agencies[0].id).toMatch(/^a[0-9a-z]{7}$/);
  });

  it('same input, same agencies and ids, whatever the record order', () => {
    const a = [rec('济源市公安局', 2020), rec('宝鸡市公安局', 2021), rec('济源示范区公安局', 2021)];
    expect(calcAgencies([...a].reverse()).agencies).toEqual(calcAgencies(a).agencies);
  });
});
