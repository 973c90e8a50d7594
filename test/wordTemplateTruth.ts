/**
 * The truth a Word-template fixture (test/fixtures/word-template/) was made from, and a report
 * scored against it: tables 2–4, the template, the year and the fee — the fixture holds nothing
 * else of the report. A cell the truth leaves out was printed blank and must come out blank.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cellPaths, getPath } from '../src/lib/report/schema';
import type { Report, Template } from '../src/lib/report/types';
import { SHARED } from './seedTruth';

/** `seed-NNN` from seeds-truth, any other stem from crawled-truth. */
export function wordTemplateTruth(stem: string): Record<string, unknown> {
  const seed = /^seed-(\d{3})$/.exec(stem);
  const path = seed
    ? `${SHARED}seeds-truth/${readdirSync(`${SHARED}seeds-truth`).find((f) => f.startsWith(`${seed[1]}_`))}`
    : `${SHARED}crawled-truth/${stem}.json`;
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

export interface TruthScore {
  right: number;
  total: number;
  blanks: number;
  /** Values read that differ from the truth, and blank cells read as numbers. */
  wrong: string[];
}

export function scoreWordTemplate(report: Report, truth: Record<string, unknown>): TruthScore {
  const score: TruthScore = { right: 0, total: 0, blanks: 0, wrong: [] };
  for (const path of ['template', 'year', 'infoProcessingFeeYuan', ...cellPaths(truth.template as Template)]) {
    const got = getPath(report, path) ?? null;
    if (path in truth) {
      score.total++;
      if (JSON.stringify(got) === JSON.stringify(truth[path])) score.right++;
      else if (got !== null) score.wrong.push(`${path}: got ${JSON.stringify(got)}, want ${JSON.stringify(truth[path])}`);
    } else if (path !== 'infoProcessingFeeYuan') {
      score.blanks++;
      if (got !== null) score.wrong.push(`${path}: got ${JSON.stringify(got)} for a blank cell`);
    }
  }
  return score;
}
