import { describe, expect, it } from 'vitest';
import type { KeptReport } from './calcKeptReports';
import { calcCrossYear } from './calcCrossYear';
import { METRIC_CATALOGUE, METRIC_INDEX } from './metrics/metricCatalogue';
import type { ReportRecord } from './reportRecord';

function kept(agency: string, year: number, carriedOver: number | null, carriedForward: number | null): KeptReport {
  const values: (number | null)[] = METRIC_CATALOGUE.map(() => null);
  values[METRIC_INDEX.get('applications.carriedOver.total')!] = carriedOver;
  values[METRIC_INDEX.get('applications.carriedForward.total')!] = carriedForward;
  return { id: `${agency}-${year}`, agency, duplicates: [], record: { year, values } as ReportRecord };
}

describe('cross-year check: 上年结转 against last year\'s 结转下年度', () => {
  it('agreeing, disagreeing, a gap year and a blank cell', () => {
    const checks = calcCrossYear([kept('a', 2020, 0, 3), kept('a', 2021, 3, 5), kept('a', 2022, 4, 0), kept('a', 2024, 1, 0), kept('b', 2021, null, 1), kept('b', 2022, 1, 1)]);
    expect([...checks]).toEqual([
      [1, { ok: true, previous: 'a-2020', previousCarriedForward: 3, carriedOver: 3 }],
      [2, { ok: false, previous: 'a-2021', previousCarriedForward: 5, carriedOver: 4 }],
      [5, { ok: true, previous: 'b-2021', previousCarriedForward: 1, carriedOver: 1 }],
    ]);
  });
});
