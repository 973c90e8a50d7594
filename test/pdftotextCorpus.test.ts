/**
 * PDFs turned into text by the converters journalists use — poppler's pdftotext (-layout and
 * plain), mupdf's mutool, pdfminer's pdf2txt (labels first, then values column by column): the text
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
import { hasShared, loadSeeds, scoreTruth, SHARED } from './seedTruth';

type Mode = 'layout' | 'raw' | 'mutool' | 'pdfminer';
const MODES: Mode[] = ['layout', 'raw', 'mutool', 'pdfminer'];
const MODE_NAME: Record<Mode, string> = { layout: 'pdftotext -layout', raw: 'pdftotext plain', mutool: 'mutool draw -F txt', pdfminer: 'pdfminer pdf2txt' };
/** The command writing `out` from `pdf` in each mode. */
const COMMAND: Record<Mode, (pdf: string, out: string) => [string, string[]]> = {
  layout: (pdf, out) => ['pdftotext', ['-layout', '-enc', 'UTF-8', pdf, out]],
  raw: (pdf, out) => ['pdftotext', ['-enc', 'UTF-8', pdf, out]],
  mutool: (pdf, out) => ['mutool', ['draw', '-q', '-F', 'txt', '-o', out, pdf]],
  pdfminer: (pdf, out) => ['pdf2txt', ['-o', out, pdf]],
};

const FIXTURES = fileURLToPath(new URL('./fixtures/pdftotext/', import.meta.url));

/** Right and wrong truth values (tables, metadata, narrative; channels aside); wrong = a value where truth has another. */
async function score(bytes: Uint8Array, file: string, truth: Record<string, unknown>) {
  const outcome = await parseReport(bytes, { file });
  if (!outcome.ok) throw new Error(outcome.error);
  return scoreTruth(outcome.report, truth);
}

/** Truth values reached today per seed and mode: a floor, not a target. */
const SEED_FLOOR: Record<string, Record<Mode, number>> = {
  '000': { layout: 194, raw: 166, mutool: 204, pdfminer: 26 },
  '001': { layout: 185, raw: 155, mutool: 182, pdfminer: 124 },
  '002': { layout: 115, raw: 23, mutool: 191, pdfminer: 10 },
  '003': { layout: 168, raw: 119, mutool: 180, pdfminer: 19 },
  '004': { layout: 201, raw: 201, mutool: 201, pdfminer: 201 },
};

describe.skipIf(!hasShared('seeds-truth'))('the seeds printed to PDF, then converted to text', () => {
  const seeds = loadSeeds();
  const totals: Record<Mode, number> = { layout: 0, raw: 0, mutool: 0, pdfminer: 0 };
  for (const mode of MODES)
    for (const seed of seeds) {
      const stem = seed.name.replace(/\.txt$/, '');
      const floor = SEED_FLOOR[stem.slice(0, 3)][mode];
      it(`${stem} (${MODE_NAME[mode]}): no value wrong; at least ${floor} truth values right`, async () => {
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
    console.log(`seeds via converters, truth values right of ${all}: ${MODES.map((m) => `${MODE_NAME[m]} ${totals[m]}`).join(', ')}`);
    expect(all).toBeGreaterThan(900);
  });
});

/** The converters on this machine; a one-line message for each that is not. */
function available(mode: Mode): boolean {
  const [command] = COMMAND[mode]('x', 'y');
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    console.log(`skipped: ${command} not found (poppler-utils, mupdf-tools, python3-pdfminer; npm test installs them as root)`);
    return false;
  }
}

/** Truth values reached today per real PDF and mode: with -layout and mutool every one (channels aside). */
const REAL_FLOOR: Record<string, Record<Mode, number>> = {
  'huaian-hongze-qu-renminzhengfu-2023': { layout: 193, raw: 15, mutool: 193, pdfminer: 24 },
  'huaian-hongze-qu-renminzhengfu-2024': { layout: 193, raw: 15, mutool: 193, pdfminer: 23 },
  'huaian-shi-renminzhengfu-2024': { layout: 207, raw: 150, mutool: 207, pdfminer: 8 },
};

const present = hasShared('pdf') && hasShared('pdf-truth');
describe.skipIf(!present)('the real PDFs converted to text', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pdftotext-'));
  const files = present ? readdirSync(`${SHARED}pdf`).filter((f) => f.endsWith('.pdf')).sort() : [];
  for (const mode of MODES.filter(available))
  for (const f of files) {
    const stem = f.replace(/\.pdf$/, '');
    const truth = JSON.parse(readFileSync(`${SHARED}pdf-truth/${stem}.json`, 'utf8')) as Record<string, unknown>;
    {
      const floor = REAL_FLOOR[stem]?.[mode] ?? 0;
      it(`${stem} (${MODE_NAME[mode]}): no value wrong; at least ${floor} truth values right`, async () => {
        const file = `${stem}.${mode}.txt`;
        const [command, args] = COMMAND[mode](`${SHARED}pdf/${f}`, join(dir, file));
        execFileSync(command, args, { stdio: 'ignore' });
        const { right, wrong } = await score(new Uint8Array(readFileSync(join(dir, file))), file, truth);
        console.log(`${file}: ${right} right`);
        expect(wrong).toEqual([]);
        expect(right).toBeGreaterThanOrEqual(floor);
      });
    }
  }
});
