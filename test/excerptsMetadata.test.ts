/**
 * Agency name and year on the opening of 29 real published reports (../shared/corpus/excerpts):
 * saved web pages with site furniture before the title, titles broken over lines, no title at
 * all, traditional characters, pinyin-garbled mirrors. Read from ../shared, never copied here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../src/lib/report/parseReport';
import { getPath } from '../src/lib/report/schema';
import { hasShared, SHARED } from './seedTruth';

const names = !hasShared('excerpts') ? [] : readdirSync(`${SHARED}excerpts`).filter((f) => f.endsWith('.txt')).sort();

describe.skipIf(!names.length)('excerpts: agency name as the report writes it, the year it covers, and table 2 figures (from the table, or from prose when the table is cut off)', () => {
  it('has the 29 excerpts', () => expect(names).toHaveLength(29));
  for (const name of names) {
    const truth = JSON.parse(readFileSync(`${SHARED}excerpts-truth/${name.replace(/\.txt$/, '.json')}`, 'utf8'));
    const tablePaths = Object.keys(truth).filter((k) => k.startsWith('active.'));
    if (!('agency.name' in truth) && !('year' in truth) && !tablePaths.length) continue;
    it(`${name}: ${truth['agency.name'] ?? ''} ${truth.year ?? ''}${tablePaths.length ? ' + table 2 figures' : ''}`, () => {
      const r = parseReportText(readFileSync(`${SHARED}excerpts/${name}`, 'utf8'), { file: name });
      if ('agency.name' in truth) expect(r.agency.name).toBe(truth['agency.name']);
      if ('year' in truth) expect(r.year).toBe(truth.year);
      for (const path of tablePaths) expect(getPath(r, path), path).toBe(truth[path]);
    });
  }
});
