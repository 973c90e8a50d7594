/**
 * 26 real reports saved by a crawler with table cells run together (../shared/corpus/crawled):
 * every cell of tables 2–4 in the truth comes out, and no cell holds a number the truth does not
 * have. Cells whose digits have several readings are left out of the truth; for those the parser
 * must either find the same number by the template's arithmetic or leave the cell blank with a
 * warning — never another number.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/lib/report/parseReport';
import { cellPaths, getPath } from '../src/lib/report/schema';
import { hasShared, SHARED } from './seedTruth';

const names = !hasShared('crawled') ? [] : readdirSync(`${SHARED}crawled`).filter((f) => f.endsWith('.txt')).sort();
const TABLE_PATH = /^(?:active|applications|review|litigationDirect|litigationAfterReview)\./;

describe.skipIf(!names.length)('crawled reports with cells run together', () => {
  it('has the 26 reports', () => expect(names.length).toBe(26));
  for (const name of names) {
    it(`${name}: every truth cell of tables 2–4, and no number where the truth has none`, async () => {
      const truth = JSON.parse(readFileSync(`${SHARED}crawled-truth/${name.replace(/\.txt$/, '.json')}`, 'utf8'));
      const outcome = await parseReport(readFileSync(`${SHARED}crawled/${name}`), { file: name });
      if (!outcome.ok) throw new Error(outcome.error);
      const r = outcome.report;
      const wrong: string[] = [];
      for (const [path, want] of Object.entries(truth)) {
        if (!TABLE_PATH.test(path)) continue;
        const got = getPath(r, path);
        if (got !== want) wrong.push(`${path}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
      }
      // A cell the truth leaves out (several readings) may only be blank, or a number the arithmetic forced.
      for (const path of truth.template ? cellPaths(r.template) : []) {
        if (path in truth) continue;
        const got = getPath(r, path);
        if (got === null || got === undefined) continue;
        const how = r.evidence[path]?.placedBy;
        if (how !== 'row-sum' && how !== 'column-sums' && how !== 'group-sums')
          wrong.push(`${path}: got ${JSON.stringify(got)} where the truth has no value, placed by ${how ?? 'nothing'}`);
      }
      expect(wrong).toEqual([]);
    });
  }

  it('a row of digits with several readings is left blank with a warning saying so', async () => {
    const name = 'ptzhsyqshs-2024.txt';
    const outcome = await parseReport(readFileSync(`${SHARED}crawled/${name}`), { file: name });
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.report.litigationAfterReview.total).toBeNull();
    expect(outcome.report.review).toEqual({ upheld: 0, corrected: 0, other: 2, pending: 0, total: 2 });
    expect(outcome.report.warnings.some((w) => w.includes('表四') && w.includes('种读法'))).toBe(true);
  });

  it('a report that does not add up as published keeps its printed numbers and fails the check', async () => {
    const name = 'ptzhsyqgaj-2021.txt';
    const outcome = await parseReport(readFileSync(`${SHARED}crawled/${name}`), { file: name });
    if (!outcome.ok) throw new Error(outcome.error);
    const r = outcome.report;
    expect(r.applications.carriedForward.total).toBe(1);
    expect(r.applications.otherDisposal).toMatchObject({ other: { natural: 1, total: 1 } });
    expect(r.checks.find((c) => c.rule === 'applications.balance')?.ok).toBe(false);
  });

  it('evidence says how a cell whose digits were run together was placed', async () => {
    const name = 'ptzhsyq-2021.txt';
    const outcome = await parseReport(readFileSync(`${SHARED}crawled/${name}`), { file: name });
    if (!outcome.ok) throw new Error(outcome.error);
    const ev = outcome.report.evidence['applications.granted.natural'];
    expect(ev.placedBy).toBe('column-sums');
    expect(ev.text).toBe('270020130');
    expect(outcome.report.evidence['review.total'].placedBy).toBe('group-sums');
  });
});
