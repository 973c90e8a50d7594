/**
 * PDFs turned into text by poppler's pdftotext, as a journalist's converter would: the text
 * parser must never read a value wrong or a blank as 0 from them, and reaches at least what it
 * reaches today (a floor against regressions, printed):
 *   - the five seeds printed to PDF, converted once into test/fixtures/pdftotext/ (committed, by
 *     test/fixtures/makePdftotextFixtures.ts): `-layout` runs narrow cells together (`0 0 0 0 00`)
 *     and tears rows (the first value on the label's first line); the plain mode puts a table's cells
 *     one per line in reading order, apart from their labels, so most of it stays blank;
 *   - the three real PDFs of ../shared/corpus/pdf, converted here when pdftotext is installed
 *     (npm test installs poppler-utils as root); skipped, saying why, otherwise.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/lib/report/parseReport';
import { getPath } from '../src/lib/report/schema';
import { hasShared, loadSeeds, SHARED } from './seedTruth';

const FIXTURES = fileURLToPath(new URL('./fixtures/pdftotext/', import.meta.url));

/** Right and wrong truth values (tables, metadata, narrative; channels aside); wrong = a value where truth has another. */
async function score(bytes: Uint8Array, file: string, truth: Record<string, unknown>) {
  const outcome = await parseReport(bytes, { file });
  if (!outcome.ok) throw new Error(outcome.error);
  let right = 0;
  const wrong: string[] = [];
  for (const [path, want] of Object.entries(truth)) {
    if (path.startsWith('_') || path === 'channels') continue;
    const got = getPath(outcome.report, path);
    if (JSON.stringify(got) === JSON.stringify(want)) right++;
    else if (got !== null && got !== undefined) wrong.push(`${path}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  }
  return { right, wrong };
}

/** Truth values reached today per seed and mode: a floor, not a target. */
const SEED_FLOOR: Record<string, Record<'layout' | 'raw', number>> = {
  '000': { layout: 194, raw: 173 },
  '001': { layout: 185, raw: 155 },
  '002': { layout: 115, raw: 23 },
  '003': { layout: 168, raw: 119 },
  '004': { layout: 201, raw: 201 },
};

describe.skipIf(!hasShared('seeds-truth'))('the seeds printed to PDF, then converted by pdftotext', () => {
  const seeds = loadSeeds();
  const totals = { layout: 0, raw: 0 };
  for (const mode of ['layout', 'raw'] as const)
    for (const seed of seeds) {
      const stem = seed.name.replace(/\.txt$/, '');
      const floor = SEED_FLOOR[stem.slice(0, 3)][mode];
      it(`${stem} (pdftotext ${mode === 'layout' ? '-layout' : 'plain'}): no value wrong; at least ${floor} truth values right`, async () => {
        const file = `${stem}.${mode}.txt`;
        const { right, wrong } = await score(new Uint8Array(readFileSync(`${FIXTURES}${file}`)), file, seed.truth);
        totals[mode] += right;
        console.log(`${file}: ${right} right`);
        expect(wrong).toEqual([]);
        expect(right).toBeGreaterThanOrEqual(floor);
      });
    }
  it('prints the figures', () => {
    const all = seeds.reduce((n, s) => n + Object.keys(s.truth).filter((p) => !p.startsWith('_') && p !== 'channels').length, 0);
    console.log(`seeds via pdftotext: -layout ${totals.layout} of ${all}, plain ${totals.raw} of ${all} truth values right`);
    expect(all).toBeGreaterThan(900);
  });
});

function havePdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    console.log('skipped: pdftotext not found (install poppler-utils; npm test does so as root)');
    return false;
  }
}

/** Truth values reached today per real PDF and mode: with -layout every one (channels aside). */
const REAL_FLOOR: Record<string, Record<'layout' | 'raw', number>> = {
  'huaian-hongze-qu-renminzhengfu-2023': { layout: 193, raw: 15 },
  'huaian-hongze-qu-renminzhengfu-2024': { layout: 193, raw: 15 },
  'huaian-shi-renminzhengfu-2024': { layout: 207, raw: 150 },
};

describe.skipIf(!(hasShared('pdf') && hasShared('pdf-truth') && havePdftotext()))('the real PDFs converted by pdftotext', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pdftotext-'));
  for (const f of readdirSync(`${SHARED}pdf`).filter((f) => f.endsWith('.pdf')).sort()) {
    const stem = f.replace(/\.pdf$/, '');
    const truth = JSON.parse(readFileSync(`${SHARED}pdf-truth/${stem}.json`, 'utf8')) as Record<string, unknown>;
    for (const mode of ['layout', 'raw'] as const) {
      const floor = REAL_FLOOR[stem]?.[mode] ?? 0;
      it(`${stem} (pdftotext ${mode === 'layout' ? '-layout' : 'plain'}): no value wrong; at least ${floor} truth values right`, async () => {
        const file = `${stem}.${mode}.txt`;
        execFileSync('pdftotext', [...(mode === 'layout' ? ['-layout'] : []), '-enc', 'UTF-8', `${SHARED}pdf/${f}`, join(dir, file)]);
        const { right, wrong } = await score(new Uint8Array(readFileSync(join(dir, file))), file, truth);
        console.log(`${file}: ${right} right`);
        expect(wrong).toEqual([]);
        expect(right).toBeGreaterThanOrEqual(floor);
      });
    }
  }
});
