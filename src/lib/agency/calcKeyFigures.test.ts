import { describe, expect, it } from 'vitest';
import { makeReport } from '../../../test/factories/makeReport';
import type { ManifestEntry } from '../data/types';
import { setPath } from '../report/schema';
import { calcKeyFigures, KEY_FIGURES } from './calcKeyFigures';

const entry = (id: string, year: number | null): ManifestEntry => ({ id, agency: 'a1', name: 'X', year, template: '2021', failedChecks: [] });

describe('calcKeyFigures', () => {
  it('one series per key figure, one row per dated report; blank stays null', () => {
    const r1 = makeReport();
    const r2 = makeReport();
    setPath(r1 as unknown as Record<string, unknown>, 'applications.newReceived.total', 12);
    setPath(r2 as unknown as Record<string, unknown>, 'applications.newReceived.total', null);
    const s = calcKeyFigures([entry('r1', 2021), entry('r2', 2022), entry('r3', null)], [r1, r2, makeReport()], 'X');
    expect(s.map((x) => x.path)).toEqual(KEY_FIGURES.map((k) => k.path));
    expect(s[0].rows.map((r) => [r.year, r.value])).toEqual([[2021, 12], [2022, null]]);
  });
});
