import { describe, expect, it } from 'vitest';
import { AREA_CSV_COLUMNS } from '../../data/types';
import { METRIC_CATALOGUE } from '../metrics/metricCatalogue';
import { calcDictionaryRows, DICTIONARY_COLUMNS } from './calcDictionaryRows';

const rows = calcDictionaryRows();
const entries = rows.slice(1).map((r) => Object.fromEntries(DICTIONARY_COLUMNS.map((c, i) => [c, r[i]])));
const of = (column: string) => entries.find((e) => e.column === column)!;

describe('data dictionary of the per-area CSVs', () => {
  it('one row per report column and per metric, in the order of the files', () => {
    expect(rows[0]).toEqual([...DICTIONARY_COLUMNS]);
    expect(entries.map((e) => e.column)).toEqual([...AREA_CSV_COLUMNS, ...METRIC_CATALOGUE.map((m) => m.key)]);
  });
  it('every table cell names its table, row and column in Chinese and English', () => {
    const cells = entries.filter((e) => e.kind === 'cell');
    expect(cells.length).toBeGreaterThan(200);
    for (const e of cells) {
      expect([2, 3, 4], String(e.column)).toContain(e.table);
      for (const k of ['row_zh', 'row_en', 'column_zh', 'column_en', 'label_zh', 'label_en']) expect(e[k], `${e.column} ${k}`).toBeTruthy();
    }
  });
  it.each([
    ['applications.granted.total', { area: 'applications', kind: 'cell', table: 3, row_zh: '予以公开', column_zh: '总计', column_en: 'total', unit: 'count' }],
    ['review.corrected', { area: 'review', kind: 'cell', table: 4, column_zh: '结果纠正' }],
    ['active.fees.amountWanYuan', { area: 'fees', kind: 'cell', table: 2, row_zh: '行政事业性收费', unit: 'wanYuan', unit_zh: '万元', unit_en: '10,000 yuan' }],
    ['channels.weibo.posts', { area: 'channels', kind: 'channel', table: null, row_zh: '微博', column_en: 'posts' }],
    ['series.regulations.issued', { kind: 'harmonised', table: 2, templates: '2019;2021' }],
    ['derived.grantedShare', { kind: 'derived', unit: 'share', unit_en: 'fraction (0 to 1)' }],
    ['source_url', { kind: 'report', area: null, label_en: "The original report's address, where known" }],
  ])('%s', (column, expected) => expect(of(column)).toMatchObject(expected));
  it('a derived metric gives its formula in both languages', () => {
    for (const e of entries.filter((x) => x.kind === 'derived')) expect(e.formula_zh && e.formula_en, String(e.column)).toBeTruthy();
  });
});
