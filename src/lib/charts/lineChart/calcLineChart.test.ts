import { describe, expect, it } from 'vitest';
import type { MetricRow } from '../../data/calcMetricRows';
import { calcLineChart, type LineSeries } from './calcLineChart';

const row = (agency: string, year: number, value: number | null): MetricRow => ({
  report: `${agency}-${year}`, agency, name: agency, year, template: year < 2021 ? '2019' : '2021', value, approximate: false, label: null, failedChecks: [],
});
const series = (agency: string, values: [number, number | null][]): LineSeries => ({ key: agency, name: agency, rows: values.map(([y, v]) => row(agency, y, v)) });
const size = { width: 600, height: 300 };
const options = { years: [2019, 2020, 2021, 2022], unit: 'count' as const, lang: 'en' as const };

describe('calcLineChart', () => {
  it('one line and one point per value, each in its own colour', () => {
    const l = calcLineChart([series('a', [[2019, 1], [2020, 2], [2021, 3], [2022, 4]]), series('b', [[2019, 4], [2022, 1]])], size, options);
    expect(l.empty).toBeNull();
    expect(l.lines.map((x) => [x.key, x.points.length])).toEqual([['a', 4], ['b', 2]]);
    expect(l.lines[0].color).not.toBe(l.lines[1].color);
    expect(l.max).toBe(4);
  });

  it('colours follow the agency, not the pick order', () => {
    const a = series('a01l6l0s', [[2019, 1]]);
    const b = series('a0lo3pqd', [[2019, 2]]);
    const colorOf = (l: ReturnType<typeof calcLineChart>) => Object.fromEntries(l.lines.map((x) => [x.key, x.color]));
    expect(colorOf(calcLineChart([a, b], size, options))).toEqual(colorOf(calcLineChart([b, a], size, options)));
  });

  it('a hidden series leaves the chart and its scale but keeps its colour in the key', () => {
    const big = series('big', [[2019, 1000]]);
    const small = series('small', [[2019, 10]]);
    const all = calcLineChart([big, small], size, options);
    const some = calcLineChart([big, small], size, { ...options, hidden: ['big'] });
    expect(some.lines.map((l) => l.key)).toEqual(['small']);
    expect(some.max).toBe(10);
    expect(some.keyed).toEqual(all.keyed.map((k) => ({ ...k, hidden: k.key === 'big' })));
  });

  it('the key says which series have a value in the years shown (a series with values only outside them, or only blanks, has none)', () => {
    const l = calcLineChart([series('a', [[2019, 1]]), series('b', [[2018, 5], [2020, null]]), series('c', [[2022, 0]])], size, options);
    expect(l.keyed.map((k) => [k.key, k.valued])).toEqual([['a', true], ['b', false], ['c', true]]);
  });

  it('a highlighted series is drawn last, labelled at its end; the others are muted', () => {
    const l = calcLineChart([series('a', [[2019, 1], [2022, 3]]), series('b', [[2019, 2], [2021, 5]])], size, { ...options, highlight: 'a' });
    expect(l.lines.map((x) => [x.key, x.muted, x.highlighted])).toEqual([['b', true, false], ['a', false, true]]);
    expect(l.lines[1].endLabel).toEqual({ x: l.lines[1].points[1].x, y: l.lines[1].points[1].y });
    expect(l.lines[0].endLabel).toBeNull();
  });

  it('two series at the same value are set apart and listed (with pinyin where known, for the English gloss), not hidden behind one another', () => {
    const l = calcLineChart([{ ...series('a', [[2019, 0], [2020, 4]]), pinyin: 'a ju' }, series('b', [[2019, 0], [2020, 5]])], size, options);
    expect(l.overlaps).toEqual([{ year: 2019, value: 0, names: [{ name: 'a', pinyin: 'a ju' }, { name: 'b', pinyin: undefined }] }]);
    const [pa, pb] = l.lines.map((x) => x.points[0]);
    expect(pa.y).toBe(pb.y);
    expect(Math.abs(pa.x - pb.x)).toBeGreaterThanOrEqual(4);
  });

  it.each([
    ['on a year: a rule at the year', { year: 2020, agency: null, text: 'new rule' }, 'year'],
    ['on a point: at the agency\'s value', { year: 2020, agency: 'b', text: 'peak' }, 'point'],
    ['on a blank year of the agency: falls back to the year', { year: 2021, agency: 'b', text: 'x' }, 'year'],
    ['on a year not drawn: none', { year: 2030, agency: null, text: 'x' }, 'none'],
  ] as const)('annotation %s', (_, annotation, where) => {
    const l = calcLineChart([series('a', [[2019, 1], [2020, 2]]), series('b', [[2019, 3], [2020, 9]])], size, { ...options, annotation });
    if (where === 'none') return expect(l.annotation).toBeNull();
    const b2020 = l.lines.find((x) => x.key === 'b')!.points[1];
    expect(l.annotation!.text).toBe(annotation.text);
    expect(l.annotation!.y).toBe(where === 'point' ? b2020.y : null);
    if (where === 'point') expect(l.annotation!.x).toBe(b2020.x);
  });

  it('an annotation at the highlighted line\'s last point is written below its end label, not over it', () => {
    const l = calcLineChart([series('a', [[2019, 1], [2022, 9]]), series('b', [[2019, 2]])], size, { ...options, highlight: 'a', annotation: { year: 2022, agency: null, text: 'x' } });
    const end = l.lines.find((x) => x.endLabel)!.endLabel!;
    expect(l.annotation!.labelY).toBeGreaterThan(end.y + 10);
  });

  it('count axes get whole-number ticks, even when every value is 0', () => {
    const l = calcLineChart([series('a', [[2019, 0], [2020, 0]])], size, options);
    expect(l.yTicks.map((t) => t.label)).toEqual(['0', '1']);
  });

  it('log scale: decades, 0 still placed (symlog), larger values higher', () => {
    const l = calcLineChart([series('a', [[2019, 0], [2020, 10], [2021, 1000], [2022, 100000]])], size, { ...options, scale: 'log' });
    expect(l.yTicks.map((t) => t.label)).toEqual(['0', '1', '10', '100', '1,000', '10k', '100k']);
    const ys = l.lines[0].points.map((p) => p.y);
    expect([...ys].sort((a, b) => b - a)).toEqual(ys);
    // Two decades take (nearly: symlog is log(1 + v)) the same height wherever they are.
    expect((ys[1] - ys[2]) / (ys[2] - ys[3])).toBeCloseTo(1, 1);
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

  it.each([
    ['zh: one style per axis, never 1万 beside 8,000', 'count', 'zh', 12000, ['0', '0.2万', '0.4万', '0.6万', '0.8万', '1.0万', '1.2万']],
    ['en: plain thousands below 10k', 'count', 'en', 8000, ['0', '2,000', '4,000', '6,000', '8,000']],
    ['en: fees in 万元 are shown in yuan, in millions', 'wanYuan', 'en', 972.4015, ['0', '2M', '4M', '6M', '8M', '10M']],
    ['zh: fees stay in 万元 (the unit is on the axis)', 'wanYuan', 'zh', 972.4015, ['0', '200', '400', '600', '800', '1,000']],
    ['shares as percentages', 'share', 'en', 0.5, ['0%', '10%', '20%', '30%', '40%', '50%']],
  ] as const)('y tick labels, %s', (_, unit, lang, max, labels) => {
    const l = calcLineChart([series('a', [[2019, 0], [2020, max]])], size, { ...options, unit, lang });
    expect(l.yTicks.map((t) => t.label)).toEqual(labels);
  });
});
