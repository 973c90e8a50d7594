import { describe, expect, it } from 'vitest';
import { makeReport } from '../../../test/factories/makeReport';
import { cellPaths, setPath } from '../report/schema';
import { APPLICANT_COLUMNS, type CheckRule, type Report } from '../report/types';
import { calcFlaggedCells } from './calcFlaggedCells';

function reportWith(rule: CheckRule, cells: Record<string, number | null>, ok = false): Report {
  const r = makeReport({ checks: [{ rule, ok, message: '' }] });
  for (const [path, v] of Object.entries(cells)) setPath(r as unknown as Record<string, unknown>, path, v);
  return r;
}

const row = (key: string, values: number[]) =>
  Object.fromEntries(APPLICANT_COLUMNS.map((c, i) => [`applications.${key}.${c}`, values[i]]));

describe('calcFlaggedCells', () => {
  it('a passed check flags nothing', () => {
    const r = reportWith('table4.totals', { 'review.upheld': 1, 'review.corrected': 0, 'review.other': 0, 'review.pending': 0, 'review.total': 5 }, true);
    expect(calcFlaggedCells(r).size).toBe(0);
  });

  it('table4.totals flags the group that does not add up, not the others', () => {
    const r = reportWith('table4.totals', {
      'review.upheld': 1, 'review.corrected': 0, 'review.other': 0, 'review.pending': 0, 'review.total': 5,
      'litigationDirect.upheld': 1, 'litigationDirect.corrected': 0, 'litigationDirect.other': 0, 'litigationDirect.pending': 0, 'litigationDirect.total': 1,
    });
    expect([...calcFlaggedCells(r).keys()].sort()).toEqual(
      ['review.corrected', 'review.other', 'review.pending', 'review.total', 'review.upheld'],
    );
  });

  it('applications.columns flags only the row whose columns do not sum to its total', () => {
    const r = reportWith('applications.columns', { ...row('granted', [1, 0, 0, 0, 0, 0, 2]), ...row('carriedOver', [1, 0, 0, 0, 0, 0, 1]) });
    const keys = [...calcFlaggedCells(r).keys()];
    expect(keys).toHaveLength(7);
    expect(keys.every((k) => k.startsWith('applications.granted.'))).toBe(true);
  });

  it('applications.balance flags the four cells of the unbalanced column', () => {
    const r = reportWith('applications.balance', {
      'applications.newReceived.natural': 10, 'applications.carriedOver.natural': 0,
      'applications.total.natural': 9, 'applications.carriedForward.natural': 0,
    });
    expect([...calcFlaggedCells(r).keys()].sort()).toEqual([
      'applications.carriedForward.natural', 'applications.carriedOver.natural',
      'applications.newReceived.natural', 'applications.total.natural',
    ]);
  });

  it('blank cells do not make a sum mismatch', () => {
    const r = reportWith('applications.balance', { 'applications.newReceived.natural': 10 });
    expect(calcFlaggedCells(r).size).toBe(0);
  });

  it('cells.complete flags every blank cell', () => {
    const r = reportWith('cells.complete', {});
    expect([...calcFlaggedCells(r).keys()]).toEqual(cellPaths('2021'));
  });
});
