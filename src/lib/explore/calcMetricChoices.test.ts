import { describe, expect, it } from 'vitest';
import type { MetricInfo } from '../data/types';
import { calcMetricChoices } from './calcMetricChoices';

const cell = (row: string, column: string, rowZh: string, colZh: string): MetricInfo => ({
  key: `${row}.${column}`, group: 'applications', file: `applications/${row}.${column}.json`,
  label: { zh: `${rowZh}（${colZh}）`, en: `${row} (${column})` }, row, rowLabel: { zh: rowZh, en: row },
  column: column as MetricInfo['column'], unit: 'count', templates: ['2019', '2021'], count: 3,
});
const plain = (key: string, group: MetricInfo['group']): MetricInfo => ({
  key, group, file: `${group}/${key}.json`, label: { zh: key, en: key }, unit: 'share', templates: ['2021'], count: 1,
});

describe('calcMetricChoices', () => {
  const metrics = [
    cell('applications.granted', 'natural', '予以公开', '自然人'),
    cell('applications.granted', 'total', '予以公开', '总计'),
    plain('derived.grantedShare', 'applications'),
    cell('applications.total', 'total', '办结总计', '总计'),
    plain('review.x', 'review'),
  ];

  it('a table row is one choice with a column picker; plain metrics stay single; series spanning both templates first, then catalogue order', () => {
    const c = calcMetricChoices(metrics, 'applications', 'zh');
    expect(c.map((x) => (x.kind === 'row' ? x.row : x.key))).toEqual(['applications.granted', 'applications.total', 'derived.grantedShare']);
    const row = c[0];
    expect(row.kind === 'row' && row.columns.map((x) => [x.column, x.label, x.key])).toEqual([
      ['natural', '自然人', 'applications.granted.natural'],
      ['total', '总计', 'applications.granted.total'],
    ]);
  });

  it('harmonised series before template-specific ones, which stay reachable', () => {
    const c = calcMetricChoices([plain('active.a.issued', 'enforcement'), { ...plain('series.a.issued', 'enforcement'), templates: ['2019', '2021'] }, { ...plain('active.a.newlyMade', 'enforcement'), templates: ['2019'] }], 'enforcement', 'en');
    expect(c.map((x) => [x.kind === 'metric' && x.key, x.span])).toEqual([
      ['series.a.issued', 'both'],
      ['active.a.newlyMade', '2019'],
      ['active.a.issued', '2021'],
    ]);
  });

  it('only the group asked for', () => {
    expect(calcMetricChoices(metrics, 'review', 'en')).toEqual([{ kind: 'metric', key: 'review.x', label: 'review.x', count: 1, span: '2021' }]);
    expect(calcMetricChoices(metrics, 'fees', 'en')).toEqual([]);
  });
});
