import { describe, expect, it } from 'vitest';
import type { BuildReport, DetailedEntry, Manifest, ReportDetail } from '../data/types';
import { calcQualityLists } from './calcQualityLists';

const entry = (id: string, over: Partial<DetailedEntry> = {}): DetailedEntry => ({ id, agency: 'a', name: 'A', year: 2021, template: '2021', file: `${id}.txt`, failedChecks: [], warnings: 0, blankCells: 0, ...over });
/** The manifest's rows and, aligned, their details, as the app loads them (two files). */
const manifest = (reports: DetailedEntry[], conflicts: Manifest['conflicts'] = []) => ({ reports, conflicts }) as unknown as Manifest;
const detailsOf = (m: Manifest): ReportDetail[] =>
  (m.reports as DetailedEntry[]).map(({ file, warnings, blankCells, crossYear }) => ({ file, warnings, blankCells, ...(crossYear ? { crossYear } : {}) }));

describe('calcQualityLists', () => {
  const m = manifest(
    [
      entry('ok'),
      entry('failed', { failedChecks: ['applications.balance'], blankCells: 3 }),
      entry('blank', { blankCells: 40, warnings: 1 }),
      entry('cross', { crossYear: { ok: false, previous: 'ok', previousCarriedForward: 2, carriedOver: 5 } }),
      entry('crossOk', { crossYear: { ok: true, previous: 'ok', previousCarriedForward: 2, carriedOver: 2 } }),
    ],
    [{ agency: 'a', year: 2021, reports: ['x', 'x-2'], differing: ['review.total'] }],
  );
  const build = {
    files: [
      { file: 'a.txt', outcome: 'parsed', id: 'ok' },
      { file: 'b.txt', outcome: 'error', reason: 'no tables' },
      { file: 'c.txt', outcome: 'duplicate', of: 'ok' },
    ],
  } as unknown as BuildReport;

  it('each problem goes to its list, linked by report id', () => {
    const q = calcQualityLists(m, detailsOf(m), build);
    expect(q.failed.map((e) => e.id)).toEqual(['failed']);
    expect(q.blanks?.map((e) => e.id)).toEqual(['blank', 'failed']);
    expect(q.warnings?.map((e) => e.id)).toEqual(['blank']);
    expect(q.errors).toEqual([{ file: 'b.txt', reason: 'no tables' }]);
    expect(q.duplicates).toEqual([{ file: 'c.txt', of: 'ok' }]);
    expect(q.conflicts).toHaveLength(1);
    expect(q.crossYear?.map((e) => e.id)).toEqual(['cross']);
  });

  it('without a build report, the manifest lists still work', () => {
    const q = calcQualityLists(m, detailsOf(m), null);
    expect(q.errors).toEqual([]);
    expect(q.failed).toHaveLength(1);
  });

  it('until the details are loaded (or if they do not match the manifest), their lists are unknown, not empty', () => {
    for (const details of [null, detailsOf(m).slice(1)]) {
      const q = calcQualityLists(m, details, build);
      expect([q.blanks, q.warnings, q.crossYear]).toEqual([null, null, null]);
      expect(q.failed.map((e) => e.id)).toEqual(['failed']);
    }
  });
});
