import { describe, expect, it } from 'vitest';
import type { MetricRow } from '../../data/calcMetricRows';
import { calcLineChart, type LineSeries } from './calcLineChart';

const row = (agency: string, year: number, value: number | null): MetricRow => ({
  report: `${agency}-${year}`, agency, name: agency, year, template: year < 2021 ? '2019' : '2021', value, approximate: false, label: null, failedChecks: [],
});
const series = (agency: string, values: [number, number | null][]): LineSeries => ({ key: agency, name: agency, rows: values.map(([y, v]) => row(agency, y, v)) });
const size = { width: 600, height: 300 };
const options = { years: [2019, 2020, 2021, 2022], format: String };

describe('calcLineChart', () => {
  it('one line and one point per value, coloured in series order', () => {
    const l = calcLineChart([series('a', [[2019, 1], [2020, 2], [2021, 3], [2022, 4]]), series('b', [[2019, 4], [2022, 1]])], size, options);
    expect(l.empty).toBeNull();
    expect(l.lines.map((x) => [x.key, x.color, x.points.length])).toEqual([['a', 0, 4], ['b', 1, 2]]);
    expect(l.max).toBe(4);
  });

  it('a blank value is a gap in the line, never a point at 0', () => {
    const l = calcLineChart([series('a', [[2019, 5], [2020, null], [2021, 5], [2022, 5]])], size, options);
    const [line] = l.lines;
    expect(line.points.map((p) => p.row.year)).toEqual([2019, 2021, 2022]);
    expect(line.d.match(/M/g)).toHaveLength(2); // two segments
    expect(Math.min(...line.points.map((p) => p.y))).toBe(Math.max(...line.points.map((p) => p.y)));
  });

  it('years outside the axis (e.g. of the other template) are not drawn', () => {
    const l = calcLineChart([series('a', [[2019, 5], [2023, 7]])], size, { ...options, years: [2019, 2020] });
    expect(l.lines[0].points.map((p) => p.row.year)).toEqual([2019]);
  });

  it('larger values sit higher; points lie inside the plot area', () => {
    const l = calcLineChart([series('a', [[2019, 10], [2020, 100]])], size, options);
    const [p0, p1] = l.lines[0].points;
    expect(p1.y).toBeLessThan(p0.y);
    for (const p of l.lines[0].points) {
      expect(p.x).toBeGreaterThanOrEqual(l.margin.left);
      expect(p.x).toBeLessThanOrEqual(size.width - l.margin.right);
      expect(p.y).toBeGreaterThanOrEqual(l.margin.top);
      expect(p.y).toBeLessThanOrEqual(size.height - l.margin.bottom);
    }
  });

  it('a single year puts its points in the middle', () => {
    const l = calcLineChart([series('a', [[2021, 3]])], size, { ...options, years: [2021] });
    const inner = size.width - l.margin.left - l.margin.right;
    expect(l.lines[0].points[0].x).toBeCloseTo(l.margin.left + inner / 2);
    expect(l.xTicks).toEqual([{ pos: l.lines[0].points[0].x, label: '2021' }]);
  });

  it.each([
    ['no series', [], size, options, 'noSeries'],
    ['no years', [series('a', [[2019, 1]])], size, { ...options, years: [] }, 'noYears'],
    ['only blanks', [series('a', [[2019, null], [2020, null]])], size, options, 'noValues'],
    ['too small to draw', [series('a', [[2019, 1]])], { width: 50, height: 300 }, options, 'tooSmall'],
  ] as const)('empty reason: %s', (_, s, sz, o, reason) => {
    const l = calcLineChart([...s], sz, { ...o, years: [...o.years] });
    expect(l.empty).toBe(reason);
    expect(l.lines).toEqual([]);
  });

  it('y ticks are labelled with the given format and lie on the plot', () => {
    const l = calcLineChart([series('a', [[2019, 0], [2020, 1000]])], size, { ...options, format: (v) => `#${v}` });
    expect(l.yTicks.length).toBeGreaterThan(1);
    expect(l.yTicks.every((t) => t.label.startsWith('#'))).toBe(true);
    expect(l.yTicks[0].label).toBe('#0');
  });
});
