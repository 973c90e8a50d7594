/** Issue 13, finding 12: report JSON errors say what was found; dates are real dates. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/report/parseReport';
import { isIsoDate } from '../../src/lib/report/validateReportJson';
import { SEEDS } from './hostileCorpus';

const seed = await parseReport(readFileSync(join(SEEDS, '000_33cbb0de23e7a3a9.txt')), { file: 's.txt' });
if (!seed.ok) throw new Error(seed.error);
const asJson = (patch: (r: Record<string, any>) => string) => new TextEncoder().encode(patch(structuredClone(seed.report) as Record<string, any>));
const error = async (bytes: Uint8Array) => {
  const out = await parseReport(bytes, { file: 'r.json' });
  return out.ok ? null : out.error;
};

describe('report JSON', () => {
  it('1e309 in a cell: the error says a number out of range, not "got null"', async () => {
    const bytes = asJson((r) => JSON.stringify(r).replace('"total":10', '"total":1e309'));
    expect(await error(bytes)).toMatch(/applications\.newReceived\.total: expected a number or null, got Infinity \(a number beyond the range of a double, e\.g\. 1e309\)/);
  });

  it.each(['2021-13-45', '2021-02-30', '2021-00-10', '21-01-01'])('publishedOn %s is refused', async (date) => {
    const bytes = asJson((r) => JSON.stringify({ ...r, publishedOn: date }));
    expect(await error(bytes)).toBe(`invalid report JSON: publishedOn: expected an ISO date (YYYY-MM-DD) or null, got "${date}"`);
  });

  it('a real date, and null, are accepted', async () => {
    expect(await error(asJson((r) => JSON.stringify({ ...r, publishedOn: '2024-02-29' })))).toBeNull();
    expect(await error(asJson((r) => JSON.stringify({ ...r, publishedOn: null })))).toBeNull();
    expect(isIsoDate('2023-02-29')).toBe(false);
  });
});
