import { describe, expect, it } from 'vitest';
import type { MetricRow } from '../../data/calcMetricRows';
import { calcLineChart } from '../lineChart/calcLineChart';
import { calcSmallMultiples } from '../smallMultiples/calcSmallMultiples';
import { applyChartMode } from './applyChartMode';
import { calcTemplateRule } from './calcTemplateRule';
import { calcYearChanges } from './calcYearChange';
import { formatChange } from './formatChange';

const row = (year: number, value: number | null, template: '2019' | '2021' = year < 2021 ? '2019' : '2021'): MetricRow => ({
  report: `r-${year}`, agency: 'a1', name: 'A', year, template, value, approximate: false, label: null, failedChecks: [],
});

describe('template-change rule', () => {
  const x = (y: number) => (y - 2019) * 10;
  it('sits halfway between the last year before 2021 and the first from 2021', () => {
    expect(calcTemplateRule([2019, 2020, 2021, 2022], x)).toBe(15);
  });
  it('halfway across a gap in the axis (2019, then 2022)', () => {
    expect(calcTemplateRule([2019, 2022], x)).toBe(15);
  });
  it('no rule when every year is on one side', () => {
    expect(calcTemplateRule([2021, 2022], x)).toBeNull();
    expect(calcTemplateRule([2019, 2020], x)).toBeNull();
  });
  it('the line chart and the small multiples place it; a one-template series stops there', () => {
    const series = [{ key: 'a1', name: 'A', rows: [row(2019, 1), row(2020, 2), row(2021, 3), row(2022, 4)] }];
    const years = [2019, 2020, 2021, 2022];
    const joined = calcLineChart(series, { width: 400, height: 200 }, { years, unit: 'count', lang: 'zh' });
    expect(joined.templateRule).not.toBeNull();
    expect(joined.lines[0].d.match(/M/g)).toHaveLength(1);
    const stopped = calcLineChart(series, { width: 400, height: 200 }, { years, unit: 'count', lang: 'zh', breakAtTemplateChange: true });
    expect(stopped.lines[0].d.match(/M/g)).toHaveLength(2);
    expect(calcSmallMultiples(series, 400, { years, unit: 'count', lang: 'zh' }).templateRule).not.toBeNull();
  });
});

describe('year-on-year change', () => {
  it('against the previous report: +2 and +20%', () => {
    expect(calcYearChanges([row(2021, 12), row(2020, 10)]).get(2021)).toEqual({ fromYear: 2020, delta: 2, ratio: 0.2, crossesTemplate: true });
  });
  it('a blank in either year gives no change, never a change from or to 0', () => {
    const c = calcYearChanges([row(2019, 5), row(2020, null), row(2021, 7)]);
    expect(c.get(2020)).toBeNull();
    expect(c.get(2021)).toBeNull();
    expect(c.get(2019)).toBeNull();
  });
  it('a missing year compares with the nearest earlier report, which is named', () => {
    expect(calcYearChanges([row(2022, 1), row(2024, 8)]).get(2024)).toEqual({ fromYear: 2022, delta: 7, ratio: 7, crossesTemplate: false });
  });
  it('from 0 the change has no percentage', () => {
    expect(calcYearChanges([row(2022, 0), row(2023, 3)]).get(2023)?.ratio).toBeNull();
  });
  it('formatted as a reader writes it', () => {
    expect(formatChange({ fromYear: 2020, delta: 12, ratio: 0.08, crossesTemplate: false }, 'count', 'zh')).toBe('+12（+8%）');
    expect(formatChange({ fromYear: 2020, delta: -3, ratio: -0.25, crossesTemplate: false }, 'count', 'en')).toBe('-3 (-25%)');
    expect(formatChange({ fromYear: 2020, delta: 3, ratio: null, crossesTemplate: false }, 'count', 'en')).toBe('+3');
    expect(formatChange({ fromYear: 2020, delta: 0.052, ratio: 0.1, crossesTemplate: false }, 'share', 'en')).toBe('+5.2 pts');
  });
});

describe('chart modes', () => {
  const series = [{ key: 'a1', name: 'A', rows: [row(2019, 0), row(2020, 20), row(2021, null), row(2022, 30)] }];
  it('values: as reported, each with its change', () => {
    const [s] = applyChartMode(series, 'value');
    expect(s.rows.map((r) => r.value)).toEqual([0, 20, null, 30]);
    expect(s.rows[1].change?.delta).toBe(20);
    expect(s.rows[1].reported).toBeUndefined();
  });
  it('change: the change is drawn, the reported value kept; a blank year draws nothing', () => {
    const [s] = applyChartMode(series, 'change');
    expect(s.rows.map((r) => r.value)).toEqual([null, 20, null, null]);
    expect(s.rows.map((r) => r.reported)).toEqual([0, 20, null, 30]);
  });
  it('index: the first year above 0 is 100', () => {
    const [s] = applyChartMode(series, 'index');
    expect(s.rows.map((r) => r.value)).toEqual([0, 100, null, 150]);
    expect(s.rows[0].indexBase).toBe(2020);
  });
  it('index of a series with no value above 0 is blank throughout', () => {
    const [s] = applyChartMode([{ key: 'a', name: 'A', rows: [row(2020, 0), row(2021, 0)] }], 'index');
    expect(s.rows.map((r) => r.value)).toEqual([null, null]);
  });
});

describe('years with nothing to read are bridged, blanks are not', () => {
  const years = [2019, 2020, 2021, 2022, 2023, 2024];
  const line = (rows: MetricRow[], breakAtTemplateChange = false) => calcLineChart([{ key: 'a1', name: 'A', rows }], { width: 600, height: 200 }, { years, unit: 'count', lang: 'zh', breakAtTemplateChange }).lines[0];
  it('a year without a report: a dashed bridge between its neighbours', () => {
    const l = line([row(2021, 1), row(2022, 1), row(2024, 8)]);
    expect(l.bridge.match(/M/g)).toHaveLength(1);
    expect(l.d.match(/M/g)).toHaveLength(2);
  });
  it('a report without tables (a page saved without its body) is bridged too', () => {
    const l = line([row(2019, 0), { ...row(2020, null), noTables: true }, row(2021, 1)]);
    expect(l.bridge.match(/M/g)).toHaveLength(1);
  });
  it('a blank cell is a gap, never bridged', () => {
    const l = line([row(2019, 0), row(2020, null), row(2021, 1)]);
    expect(l.bridge).toBe('');
  });
  it('a one-template series is not bridged across the template change', () => {
    const l = line([row(2020, 1), row(2022, 2)], true);
    expect(l.bridge).toBe('');
  });
});

describe('change across a report with nothing to read', () => {
  it('compares with the report before it, as across a year without a report', () => {
    const c = calcYearChanges([row(2019, 0), { ...row(2020, null), noTables: true }, row(2021, 1)]);
    expect(c.get(2021)).toEqual({ fromYear: 2019, delta: 1, ratio: null, crossesTemplate: true });
    expect(c.get(2020)).toBeNull();
  });
});
