/**
 * Real reports' numbers on the national template as a CMS page shows it — the Word-template
 * fixtures' tables with their merged cells (三、本年度办理结果 down its rows, 申请人情况 and
 * 法人或其他组织 across), turned into the page's HTML by the project's own Word reader — saved as
 * PDF by Chromium as a journalist's browser saves it, on A4, on A5 and from a phone-width page
 * (labels wrapped onto more lines), then read by the PDF reader. Scored against the truth the fixtures were made from: no
 * value wrong, no blank cell read as a number, and the values reached a floor never to drop.
 * Printed here rather than committed: each print embeds its fonts (~0.5 MB).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxToHtml } from '../../src/lib/report/docx/docxToHtml';
import { parseReport } from '../../src/lib/report/parseReport';
import { useNodePdfAssets } from '../../scripts/lib/nodePdfAssets';
import { printLikeChromium } from '../factories/printLikeChromium';
import { hasShared } from '../seedTruth';
import { scoreWordTemplate, wordTemplateTruth } from '../wordTemplateTruth';
import { launchChromium } from './launchChromium';

useNodePdfAssets();

const FIXTURES = 'test/fixtures/word-template/a4-noto';
/** How each is printed, and the values right today (of 1,540 in the 8 reports): a floor, never to drop. */
const PRINTS = [
  { name: 'A4', paper: 'A4', width: 900, floor: 1540 },
  { name: 'A5', paper: 'A5', width: 900, floor: 1540 },
  { name: 'A4, a phone-width page', paper: 'A4', width: 480, floor: 1540 },
] as const;

const page = (body: string, width: number) => `<!doctype html><html><head><meta charset="utf-8"><title>政府信息公开年报_人民政府门户网站</title>
<style>body { font-family: "Noto Serif CJK SC", serif; font-size: 15px; max-width: ${width}px; margin: 0 auto }
table { border-collapse: collapse; width: 100% } td, th { border: 1px solid #333; padding: 4px 6px }</style></head><body>${body}</body></html>`;

describe.skipIf(!hasShared('crawled-truth') || !hasShared('seeds-truth'))('CMS pages of the national template printed by Chromium', () => {
  let browser: Browser;
  let tab: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    tab = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.docx')).sort();
  for (const print of PRINTS) {
    describe(print.name, () => {
      const score = { right: 0, total: 0, blanks: 0 };
      for (const file of files) {
        it(`${file}: no value wrong, no blank cell read as a number`, async () => {
          const html = await docxToHtml(new Uint8Array(readFileSync(`${FIXTURES}/${file}`)));
          if (!html.ok) throw new Error(html.error);
          const pdf = await printLikeChromium(tab, page(html.html, print.width), print.paper);
          const outcome = await parseReport(pdf, { file: file.replace(/\.docx$/, '.pdf') });
          if (!outcome.ok) throw new Error(outcome.error);
          const got = scoreWordTemplate(outcome.report, wordTemplateTruth(file.replace(/\.docx$/, '')));
          score.right += got.right;
          score.total += got.total;
          score.blanks += got.blanks;
          expect(got.wrong).toEqual([]);
        });
      }
      it('prints the figure and holds the floor', () => {
        console.log(`Chromium-printed CMS pages (${print.name}): ${score.right} of ${score.total} truth values right (${files.length} reports; ${score.blanks} blank cells kept blank)`);
        expect(files.length).toBeGreaterThan(5);
        expect(score.right).toBeGreaterThanOrEqual(print.floor);
      });
    });
  }
});
