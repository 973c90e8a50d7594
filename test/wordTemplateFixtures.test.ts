/**
 * Real reports' numbers written on the national template as agencies write it in Word (column
 * widths, merged header cells, 三、本年度办理结果 spanning the outcome rows, tables crossing pages),
 * as the Word file and as LibreOffice Writer's PDF of it (test/fixtures/word-template/, written by
 * test/fixtures/makeWordTemplateFixtures.ts from ../shared/corpus/{crawled,seeds}-truth). Scored
 * against that truth: tables 2–4, the template, the year and the fee — the fixture holds nothing
 * else of the report. No value is ever wrong, and a cell the truth leaves out (printed blank) is
 * never read as a number; the values reached are a floor per folder and format, never to drop.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/lib/report/parseReport';
import { cellPaths, getPath } from '../src/lib/report/schema';
import type { Template } from '../src/lib/report/types';
import { useNodePdfAssets } from '../scripts/lib/nodePdfAssets';
import { hasShared, SHARED } from './seedTruth';

useNodePdfAssets();

const FIXTURES = fileURLToPath(new URL('./fixtures/word-template/', import.meta.url));

/** Values right today per folder, for the .pdf and the .docx files: a floor, never to drop. */
const FLOOR: Record<string, { pdf: number; docx: number }> = {
  'a4-noto': { pdf: 1540, docx: 1540 },
  'a4-uming-vertical': { pdf: 1570, docx: 1570 },
  'b5-zenhei': { pdf: 1385, docx: 1385 },
  'a4-notosans-12pt': { pdf: 1325, docx: 1325 },
};

/** The truth a fixture was made from: `seed-NNN` from seeds-truth, any other from crawled-truth. */
function truthOf(stem: string): Record<string, unknown> {
  const seed = /^seed-(\d{3})$/.exec(stem);
  const path = seed
    ? `${SHARED}seeds-truth/${readdirSync(`${SHARED}seeds-truth`).find((f) => f.startsWith(`${seed[1]}_`))}`
    : `${SHARED}crawled-truth/${stem}.json`;
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

describe.skipIf(!hasShared('crawled-truth') || !hasShared('seeds-truth'))('the national template as agencies write it in Word', () => {
  for (const [folder, floor] of Object.entries(FLOOR)) {
    for (const format of ['pdf', 'docx'] as const) {
      describe(`${folder} .${format}`, () => {
        const files = readdirSync(`${FIXTURES}${folder}`).filter((f) => f.endsWith(`.${format}`)).sort();
        const score = { right: 0, total: 0, blanks: 0 };
        for (const file of files) {
          it(`${file}: no value wrong, no blank cell read as a number`, async () => {
            const truth = truthOf(file.replace(/\.[^.]+$/, ''));
            const outcome = await parseReport(new Uint8Array(readFileSync(`${FIXTURES}${folder}/${file}`)), { file });
            if (!outcome.ok) throw new Error(outcome.error);
            const { report } = outcome;
            const wrong: string[] = [];
            const paths = ['template', 'year', 'infoProcessingFeeYuan', ...cellPaths(truth.template as Template)];
            for (const path of paths) {
              const got = getPath(report, path) ?? null;
              if (path in truth) {
                score.total++;
                if (JSON.stringify(got) === JSON.stringify(truth[path])) score.right++;
                else if (got !== null) wrong.push(`${path}: got ${JSON.stringify(got)}, want ${JSON.stringify(truth[path])}`);
              } else if (path !== 'infoProcessingFeeYuan') {
                // Left out of the truth, so printed blank: it must come out blank.
                score.blanks++;
                if (got !== null) wrong.push(`${path}: got ${JSON.stringify(got)} for a blank cell`);
              }
            }
            expect(wrong).toEqual([]);
          });
        }
        it('prints the figure and holds the floor', () => {
          console.log(`Word template ${folder} .${format}: ${score.right} of ${score.total} truth values right (${files.length} reports; ${score.blanks} blank cells kept blank)`);
          expect(files.length).toBeGreaterThan(5);
          expect(score.right).toBeGreaterThanOrEqual(floor[format]);
        });
      });
    }
  }
});
