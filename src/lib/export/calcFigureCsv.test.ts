import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { calcFigureCsv, calcFigureRows } from './calcFigureCsv';
import { createTestFigure } from './testFigure';

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('calcFigureCsv', () => {
  it('starts with a UTF-8 BOM and uses CRLF', () => {
    const csv = calcFigureCsv(createTestFigure());
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
  });
  it('line chart: one row per agency and year with a report, a blank value stays an empty cell, not 0', () => {
    const rows = parse(calcFigureCsv(createTestFigure()));
    expect(rows.length).toBe(1 + 6);
    const blank = rows.find((r) => r[1] === 'a1' && r[3] === '2023')!;
    expect(blank[4]).toBe('');
  });
  it('a text cell starting with = gets a leading quote; a negative number stays a number', () => {
    const rows = parse(calcFigureCsv(createTestFigure()));
    expect(rows.find((r) => r[1] === 'a3')![2]).toBe("'=SUM(A1)");
    expect(rows.find((r) => r[1] === 'a2' && r[3] === '2022')![4]).toBe('-3');
  });
  it.each(['=1+1\nx', ' =1+1', '＝1+1', '\u2028@x', '+1\r'])('an agency named %j is neutralised in the download (issue 13, finding 9)', (name) => {
    const base = createTestFigure();
    const series = base.series.map((s) => (s.key === 'a3' ? { ...s, name, rows: s.rows.map((r) => ({ ...r, name })) } : s));
    const rows = parse(calcFigureCsv({ ...base, series }));
    expect(rows.find((r) => r[1] === 'a3')![2]).toBe(`'${name}`);
  });
  it('line chart: the report’s template, the change on the previous report and the template-change note on the first 2021 row', () => {
    const figure = createTestFigure();
    const rows = calcFigureRows({
      ...figure,
      years: [2020, 2021, 2022],
      series: [
        {
          key: 'a1',
          name: 'A',
          rows: [
            { ...figure.series[0].rows[0], year: 2020, template: '2019', value: 10, change: null },
            { ...figure.series[0].rows[0], year: 2021, template: '2021', value: 12, change: { fromYear: 2020, delta: 2, ratio: 0.2, crossesTemplate: true } },
            { ...figure.series[0].rows[0], year: 2022, template: '2021', value: null, change: null },
          ],
        },
      ],
    });
    const at = (name: string) => rows[0].indexOf(name);
    expect(rows.slice(1).map((r) => [r[3], r[at('template')], r[at('change')], r[at('change_ratio')], r[at('note')]])).toEqual([
      [2020, '2019', null, null, null],
      [2021, '2021', 2, 0.2, '2021 年起使用新版表格'],
      [2022, '2021', null, null, null],
    ]);
  });
  it('ranked chart: one row per bar drawn, with its rank', () => {
    const rows = calcFigureRows(createTestFigure({ chart: 'ranked' }));
    expect(rows.slice(1).map((r) => [r[0], r[1], r[4]])).toEqual([[1, 'a1', 95], [2, 'a2', 40], [3, 'a3', 7]]);
  });
});

describe('calcFigureCsv, Compare charts', () => {
  const compare = (patch: Parameters<typeof createTestFigure>[0]) => createTestFigure({ agencyNames: ['宝鸡市公安局 2023', '=cmd 2022'], ...patch });
  it('grouped bars: one row per metric and agency, blank stays empty', () => {
    const rows = parse(calcFigureCsv(compare({ chart: 'groupedBars', groups: [{ key: 'applications.newReceived.total', label: '新收申请', values: [12, null] }] })));
    expect(rows).toEqual([['metric', 'metric_label', 'agency', 'value'], ['applications.newReceived.total', '新收申请', '宝鸡市公安局 2023', '12'], ['applications.newReceived.total', '新收申请', "'=cmd 2022", '']]);
  });
  it('stacked shares: value and share per category, and the blank rest of a stated total', () => {
    const rows = calcFigureRows(
      compare({ chart: 'stackedShares', unknownLabel: '空白', categories: [{ key: 'granted', label: '予以公开', color: 'var(--c2)' }, { key: 'denied', label: '不予公开', color: 'var(--c1)' }], stacks: [{ key: 'a1', name: 'A', parts: [3, null], statedTotal: 4 }] }),
    );
    expect(rows.slice(1)).toEqual([['A', 'granted', '予以公开', 3, 0.75], ['A', 'denied', '不予公开', null, null], ['A', 'blank', '空白', 1, 0.25]]);
  });
});
