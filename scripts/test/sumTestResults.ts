/**
 * Closing line of `npm test`: reads vitest JSON reports and prints "N passed, N failed"
 * as the very last line (CI reads it; vitest's own summary is not recognised).
 *
 *   tsx scripts/test/sumTestResults.ts unit.json browser.json [-- problem...]
 *
 * A missing report (the run crashed or was not started), a test file that failed to load
 * and each named problem count as one failure. Exits 1 on any failure or when no test ran.
 */
import { readFileSync } from 'node:fs';
import { calcTestTotals, type VitestJson } from './calcTestTotals';

const args = process.argv.slice(2);
const dash = args.indexOf('--');
const files = dash < 0 ? args : args.slice(0, dash);
const problems = dash < 0 ? [] : args.slice(dash + 1).filter(Boolean);

const runs = files.map((file) => {
  try {
    return { file, json: JSON.parse(readFileSync(file, 'utf8')) as VitestJson };
  } catch {
    return { file, json: null };
  }
});
for (const run of runs) if (!run.json) console.error(`test: no results in ${run.file} (run crashed or did not start)`);

const totals = calcTestTotals(runs.map((r) => r.json), problems.length);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
