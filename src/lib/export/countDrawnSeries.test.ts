import { describe, expect, it } from 'vitest';
import type { MetricRow } from '../data/calcMetricRows';
import { countDrawnSeries } from './countDrawnSeries';

// Synthetic rows (test data).
const row = (agency: string, year: number, value: number | null) => ({ agency, name: agency, year, value, report: `${agency}-${year}` }) as MetricRow;
const series = (key: string, rows: MetricRow[]) => ({ key, name: key, rows });

describe('countDrawnSeries', () => {
  it('counts the series with a value in the years shown, not the hidden ones', () => {
    const all = [series('a', [row('a', 2020, 3)]), series('b', [row('b', 2020, null), row('b', 2018, 4)]), series('c', [row('c', 2021, 0)]), series('d', [])];
    expect(countDrawnSeries(all, [2020, 2021], [])).toBe(2);
    expect(countDrawnSeries(all, [2020, 2021], ['c'])).toBe(1);
    expect(countDrawnSeries(all, [2018, 2020, 2021], [])).toBe(3);
    expect(countDrawnSeries(all, [], [])).toBe(0);
  });
});
