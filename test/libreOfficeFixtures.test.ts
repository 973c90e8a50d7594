/**
 * The five seed reports re-printed by a second producer, LibreOffice Writer
 * (test/fixtures/libreoffice/, written by test/fixtures/makeLibreOfficeFixtures.ts): Writer's PDF
 * export of the seed .docx on A4, on A5 in AR PL UMing and on A4 landscape in WenQuanYi Zen Hei,
 * and Writer's own .docx of the seed web pages. Scored against ../shared/corpus/seeds-truth: no
 * value wrong and no blank read as 0, ever — where the layout leaves a number's place uncertain it
 * stays null, with a warning. The values reached are a floor per file (printed per folder).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { calcNoteParts } from '../src/lib/i18n/calcNoteParts';
import { parseReport } from '../src/lib/report/parseReport';
import { useNodePdfAssets } from '../scripts/lib/nodePdfAssets';
import { hasShared, loadSeeds, scoreTruth } from './seedTruth';

useNodePdfAssets();

const FIXTURES = fileURLToPath(new URL('./fixtures/libreoffice/', import.meta.url));

/** Truth values reached today per folder and seed (000–004): a floor, never to drop. */
const FLOOR: Record<string, number[]> = {
  docx: [208, 203, 192, 198, 201],
  'writer-pdf': [173, 183, 164, 170, 201],
  'a5-uming-pdf': [172, 189, 143, 162, 85],
  'landscape-zenhei-pdf': [99, 183, 164, 198, 201],
};

describe.skipIf(!hasShared('seeds-truth'))('the seeds re-printed by LibreOffice', () => {
  const seeds = loadSeeds();
  for (const [folder, floors] of Object.entries(FLOOR)) {
    describe(folder, () => {
      const files = readdirSync(`${FIXTURES}${folder}`).sort();
      const score = { right: 0, total: 0 };
      it('has a file for each of the five seeds', () => {
        expect(files.map((f) => f.replace(/\.[^.]+$/, ''))).toEqual(seeds.map((s) => s.name.replace(/\.txt$/, '')));
      });
      seeds.forEach((seed, i) => {
        const file = files.find((f) => f.startsWith(seed.name.replace(/\.txt$/, '.')))!;
        it(`${file}: no value wrong, no blank read as 0; at least ${floors[i]} truth values right`, async () => {
          const outcome = await parseReport(new Uint8Array(readFileSync(`${FIXTURES}${folder}/${file}`)), { file });
          if (!outcome.ok) throw new Error(outcome.error);
          const { right, total, wrong } = scoreTruth(outcome.report, seed.truth);
          score.right += right;
          score.total += total;
          expect(wrong).toEqual([]);
          expect(right).toBeGreaterThanOrEqual(floors[i]);
          // Every warning (rows left blank among them) has its English for the interface.
          for (const w of outcome.report.warnings) expect(calcNoteParts(w, 'en').some((p) => p.unknown), `no English for: ${w}`).toBe(false);
        });
      });
      it('prints the figure', () => {
        console.log(`LibreOffice ${folder}: ${score.right} of ${score.total} truth values right (tables, metadata, narrative)`);
        expect(score.total).toBeGreaterThan(900);
      });
    });
  }
});
