import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { calcFigureCsv, calcFigureRows, type CsvCell } from './calcFigureCsv';
import { createTestFigure } from './testFigure';

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
/** Rows as objects keyed by the header, so a test names the columns it reads. */
const records = (rows: CsvCell[][] | string[][]) => rows.slice(1).map((r) => Object.fromEntries(rows[0].map((h, i) => [String(h), r[i]])));

describe('calcFigureCsv', () => {
  it('starts with a UTF-8 BOM and uses CRLF', () => {
    const csv = calcFigureCsv(createTestFigure());
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
  });
  it('line chart: one row per agency and year with a report, a blank value stays an empty cell, not 0', () => {
    const rows = records(parse(calcFigureCsv(createTestFigure())));
    expect(rows.length).toBe(6);
    expect(rows.find((r) => r.agency_id === 'a1' && r.year === '2023')!.value).toBe('');
  });
  it.each(['line', 'multiples'] as const)('%s chart: no rank column (only the ranked chart ranks)', (chart) => {
    const [head] = calcFigureRows(createTestFigure({ chart }));
    expect(head).not.toContain('rank');
    expect(head.slice(0, 4)).toEqual(['agency_id', 'agency', 'year', 'value']);
  });
  it('a text cell starting with = gets a leading quote; a negative number stays a number', () => {
    const rows = records(parse(calcFigureCsv(createTestFigure())));
    expect(rows.find((r) => r.agency_id === 'a3')!.agency).toBe("'=SUM(A1)");
    expect(rows.find((r) => r.agency_id === 'a2' && r.year === '2022')!.value).toBe('-3');
  });
  it.each(['=1+1\nx', ' =1+1', '＝1+1', '\u2028@x', '+1\r'])('an agency named %j is neutralised in the download (issue 13, finding 9)', (name) => {
    const base = createTestFigure();
    const series = base.series.map((s) => (s.key === 'a3' ? { ...s, name, rows: s.rows.map((r) => ({ ...r, name })) } : s));
    const rows = records(parse(calcFigureCsv({ ...base, series })));
    expect(rows.find((r) => r.agency_id === 'a3')!.agency).toBe(`'${name}`);
  });
  it('every row names its report’s original URL where the figure’s sources have one, and leaves it empty where not (never made up)', () => {
    const figure = createTestFigure({ reportUrls: new Map([['a1-2022', 'https://example.org/2022.html'], ['a1-2023', 'https://example.org/2023.html']]) });
    const rows = records(calcFigureRows(figure));
    // 2023's value is blank, but its row names the report, and so its address.
    expect(rows.filter((r) => r.agency_id === 'a1').map((r) => [r.year, r.source_url])).toEqual([[2022, 'https://example.org/2022.html'], [2023, 'https://example.org/2023.html'], [2024, null]]);
    expect(records(calcFigureRows({ ...figure, chart: 'ranked' })).map((r) => [r.report_id, r.source_url])).toEqual([['a1-2024', null], ['a2-2024', null], ['a3-2024', null]]);
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
    expect(records(rows).map((r) => [r.year, r.template, r.change, r.change_ratio, r.note])).toEqual([
      [2020, '2019', null, null, null],
      [2021, '2021', 2, 0.2, '2021 年起使用新版表格'],
      [2022, '2021', null, null, null],
    ]);
  });
  it('ranked chart: one row per bar drawn, with its rank first', () => {
    const rows = calcFigureRows(createTestFigure({ chart: 'ranked' }));
    expect(rows[0][0]).toBe('rank');
    expect(records(rows).map((r) => [r.rank, r.agency_id, r.value])).toEqual([[1, 'a1', 95], [2, 'a2', 40], [3, 'a3', 7]]);
  });
});

describe('calcFigureCsv, Compare charts', () => {
  const compared = [{ name: '宝鸡市公安局', year: 2023, report: 'r1' }, { name: '=cmd', year: 2022, report: 'r2' }];
  const reportUrls = new Map([['r1', 'https://example.org/r1']]);
  const compare = (patch: Parameters<typeof createTestFigure>[0]) => createTestFigure({ agencyNames: ['宝鸡市公安局 2023', '=cmd 2022'], compared, reportUrls, ...patch });
  it('grouped bars: one row per metric and agency, agency and year in separate columns, blank stays empty', () => {
    const rows = parse(calcFigureCsv(compare({ chart: 'groupedBars', groups: [{ key: 'applications.newReceived.total', label: '新收申请', values: [12, null] }] })));
    expect(rows).toEqual([
      ['metric', 'metric_label', 'agency', 'year', 'value', 'report_id', 'source_url'],
      ['applications.newReceived.total', '新收申请', '宝鸡市公安局', '2023', '12', 'r1', 'https://example.org/r1'],
      ['applications.newReceived.total', '新收申请', "'=cmd", '2022', '', 'r2', ''],
    ]);
  });
  it('stacked shares: value and share per category, and the blank rest of a stated total', () => {
    const rows = calcFigureRows(
      compare({ chart: 'stackedShares', unknownLabel: '空白', categories: [{ key: 'granted', label: '予以公开', color: 'var(--c2)' }, { key: 'denied', label: '不予公开', color: 'var(--c1)' }], stacks: [{ key: 'a1', name: '宝鸡市公安局 2023', parts: [3, null], statedTotal: 4 }] }),
    );
    expect(rows[0]).toEqual(['agency', 'year', 'category', 'category_label', 'value', 'share', 'report_id', 'source_url']);
    expect(rows.slice(1)).toEqual([
      ['宝鸡市公安局', 2023, 'granted', '予以公开', 3, 0.75, 'r1', 'https://example.org/r1'],
      ['宝鸡市公安局', 2023, 'denied', '不予公开', null, null, 'r1', 'https://example.org/r1'],
      ['宝鸡市公安局', 2023, 'blank', '空白', 1, 0.25, 'r1', 'https://example.org/r1'],
    ]);
  });
  it.each([
    ['a value of 0 in a bar with a known total has share 0, not blank', [0, 4], [0, 1]],
    ['a blank value has a blank share', [null, 4], [null, 1]],
    ['every value 0: nothing to share out, shares blank', [0, 0], [null, null]],
  ] as const)('stacked shares: %s', (_, parts, shares) => {
    const rows = records(calcFigureRows(compare({ chart: 'stackedShares', categories: [{ key: 'x', label: 'X', color: 'red' }, { key: 'y', label: 'Y', color: 'blue' }], stacks: [{ key: 'a1', name: 'A', parts: [...parts] }] })));
    expect(rows.map((r) => r.share)).toEqual(shares);
  });
});
