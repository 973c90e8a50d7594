/**
 * What the 26 crawled reports (../shared/corpus/crawled) say about themselves: the agency's name
 * (from the title, the signature or the page's 发布机构, never a phrase of the prose), the year,
 * the signature date, the template (null for the page without a body), and the information-
 * processing fee stated in prose (null where the text only quotes the law's rule). The same body
 * is named the same way every year. Read from ../shared, never copied here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../src/lib/report/parseReport';
import { getPath } from '../src/lib/report/schema';
import { hasShared, SHARED } from './seedTruth';

const names = !hasShared('crawled') ? [] : readdirSync(`${SHARED}crawled`).filter((f) => f.endsWith('.txt')).sort();
const PATHS = ['agency.name', 'year', 'publishedOn', 'template', 'infoProcessingFeeYuan'];

const read = (name: string) => ({
  report: parseReportText(readFileSync(`${SHARED}crawled/${name}`, 'utf8'), { file: name }),
  truth: JSON.parse(readFileSync(`${SHARED}crawled-truth/${name.replace(/\.txt$/, '.json')}`, 'utf8')) as Record<string, unknown>,
});

describe.skipIf(!names.length)('crawled reports: agency, year, signature date, template and fee', () => {
  for (const name of names)
    it(`${name}: ${PATHS.join(', ')} as the truth has them (a path the truth leaves out is null)`, () => {
      const { report, truth } = read(name);
      const got = Object.fromEntries(PATHS.map((p) => [p, getPath(report, p) ?? null]));
      const want = Object.fromEntries(PATHS.map((p) => [p, truth[p] ?? null]));
      expect(got).toEqual(want);
    });

  it('the same body gets the same name every year, with no warning that it is unsure', () => {
    const byBody = new Map<string, Set<string>>();
    for (const name of names) {
      const { report } = read(name);
      const body = name.replace(/-\d{4}\.txt$/, '');
      byBody.set(body, (byBody.get(body) ?? new Set()).add(report.agency.name));
      expect(report.warnings.filter((w) => w.startsWith('机关名称')), name).toEqual([]);
    }
    for (const [body, set] of byBody) expect([...set], body).toHaveLength(1);
  });
});
