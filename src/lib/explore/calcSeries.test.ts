import { describe, expect, it } from 'vitest';
import type { MetricRow } from '../data/calcMetricRows';
import { calcSeries, latestValuedYear, topAgencies, trendAgencies } from './calcSeries';

const row = (agency: string, year: number, value: number | null): MetricRow => ({
  report: `${agency}-${year}`, agency, name: agency.toUpperCase(), year, template: '2021', value, approximate: false, label: null, failedChecks: [],
});
const rows = [row('a', 2021, 5), row('b', 2021, 9), row('c', 2021, 1), row('a', 2022, 3), row('b', 2022, null), row('c', 2023, null)];

describe('Explore series', () => {
  it('the latest year is the latest with a value, not the latest with a report', () => {
    expect(latestValuedYear(rows)).toBe(2022);
    expect(latestValuedYear([row('a', 2021, null)])).toBeNull();
  });

  it('with nothing picked, the agencies with the largest latest values lead; all-blank agencies are left out', () => {
    expect(topAgencies(rows, 5)).toEqual(['b', 'a', 'c']);
    expect(topAgencies([row('x', 2021, null)], 5)).toEqual([]);
    expect(topAgencies(rows, 1)).toEqual(['b']);
  });

  it('with nothing picked, the line chart opens on the agencies with the most years of values, then the largest latest ones', () => {
    const multi = [...rows, row('d', 2019, 1), row('d', 2020, 2), row('d', 2021, 2)];
    expect(trendAgencies(multi, 5)).toEqual(['d', 'a', 'b', 'c']);
    expect(trendAgencies(multi, 1)).toEqual(['d']);
    expect(trendAgencies(rows.filter((r) => r.year === 2021), 2)).toEqual(['b', 'a']);
  });

  it('one series per agency in the order given, with its rows and pinyin (an unknown agency: its id, no pinyin, no rows)', () => {
    const s = calcSeries(rows, ['c', 'zz'], (id) => (id === 'c' ? { name: 'C', pinyin: 'c ju' } : undefined));
    expect(s.map((x) => [x.key, x.name, x.pinyin, x.rows.length])).toEqual([['c', 'C', 'c ju', 2], ['zz', 'zz', undefined, 0]]);
  });
});
