import { describe, expect, it } from 'vitest';
import type { MetricRow } from '../../data/calcMetricRows';
import type { LineSeries } from '../lineChart/calcLineChart';
import { calcSmallMultiples } from './calcSmallMultiples';

const row = (agency: string, year: number, value: number | null): MetricRow => ({
  report: `${agency}-${year}`, agency, name: agency, year, template: '2021', value, approximate: false, label: null, failedChecks: [],
});
const s = (agency: string, values: (number | null)[]): LineSeries => ({ key: agency, name: agency, rows: values.map((v, i) => row(agency, 2021 + i, v)) });
const opts = { years: [2021, 2022, 2023], unit: 'count' as const, lang: 'zh' as const };

describe('calcSmallMultiples', () => {
  it('one panel per agency, in a grid that fits the width', () => {
    const l = calcSmallMultiples([s('a', [1, 2, 3]), s('b', [3, 2, 1]), s('c', [1, 1, 1]), s('d', [2, 2, 2])], 520, opts);
    expect(l.columns).toBe(3);
    expect(l.panels.map((p) => [p.left, p.top])).toEqual([[0, 0], [173, 0], [346, 0], [0, 130]]);
    expect(l.height).toBe(260);
  });

  it('panels share one y scale: equal values sit at the same height in every panel', () => {
    const l = calcSmallMultiples([s('a', [10, 20, 30]), s('b', [30, 1, 1])], 800, opts);
    expect(l.panels[0].points[2].y).toBe(l.panels[1].points[0].y);
  });

  it('a panel whose values are all blank is marked blank, not drawn at 0', () => {
    const l = calcSmallMultiples([s('a', [1, 2, 3]), s('b', [null, null, null])], 800, opts);
    expect(l.panels[1]).toMatchObject({ blank: true, points: [], d: '' });
  });

  it('one column on a phone', () => {
    expect(calcSmallMultiples([s('a', [1]), s('b', [2])], 340, opts).columns).toBe(2);
    expect(calcSmallMultiples([s('a', [1]), s('b', [2])], 300, opts).columns).toBe(1);
  });

  it.each([
    ['no series', [], opts.years, 'noSeries'],
    ['no years', [s('a', [1])], [], 'noYears'],
    ['only blanks', [s('a', [null])], opts.years, 'noValues'],
  ] as const)('empty reason: %s', (_, series, years, reason) => {
    expect(calcSmallMultiples([...series], 600, { ...opts, years: [...years] }).empty).toBe(reason);
  });
});
