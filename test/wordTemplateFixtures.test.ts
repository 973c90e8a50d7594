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
import { useNodePdfAssets } from '../scripts/lib/nodePdfAssets';
import { hasShared } from './seedTruth';
import { scoreWordTemplate, wordTemplateTruth } from './wordTemplateTruth';

useNodePdfAssets();

const FIXTURES = fileURLToPath(new URL('./fixtures/word-template/', import.meta.url));

/** Values right today per folder, for the .pdf and the .docx files: a floor, never to drop. */
const FLOOR: Record<string, { pdf: number; docx: number }> = {
  'a4-noto': { pdf: 1540, docx: 1540 },
  'a4-uming-vertical': { pdf: 1570, docx: 1570 },
  'b5-zenhei': { pdf: 1385, docx: 1385 },
  'a4-notosans-12pt': { pdf: 1325, docx: 1325 },
};

describe.skipIf(!hasShared('crawled-truth') || !hasShared('seeds-truth'))('the national template as agencies write it in Word', () => {
  for (const [folder, floor] of Object.entries(FLOOR)) {
    for (const format of ['pdf', 'docx'] as const) {
      describe(`${folder} .${format}`, () => {
        const files = readdirSync(`${FIXTURES}${folder}`).filter((f) => f.endsWith(`.${format}`)).sort();
        const score = { right: 0, total: 0, blanks: 0 };
        for (const file of files) {
          it(`${file}: no value wrong, no blank cell read as a number`, async () => {
            const outcome = await parseReport(new Uint8Array(readFileSync(`${FIXTURES}${folder}/${file}`)), { file });
            if (!outcome.ok) throw new Error(outcome.error);
            const got = scoreWordTemplate(outcome.report, wordTemplateTruth(file.replace(/\.[^.]+$/, '')));
            score.right += got.right;
            score.total += got.total;
            score.blanks += got.blanks;
            expect(got.wrong).toEqual([]);
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
