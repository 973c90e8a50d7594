/**
 * Rows torn from their labels, as PDF → markdown converters print them: a wrapped label's first
 * half on a row of blank cells and the rest beside the numbers, or the label alone on its row and
 * the numbers on the next. Seeded synthetic reports in the markdown layout are torn at random and
 * must parse back exactly as untorn (every value, blanks null), with the same checks.
 */
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../src/lib/report/parseReport';
import { readCell } from '../src/lib/report/readCell';
import { cellPaths, getPath } from '../src/lib/report/schema';
import { createRandomReportValues, createRng, expectedAfterParse, renderReport } from '../src/lib/report/synthetic';
import type { Template } from '../src/lib/report/types';

const SEEDS = 150;

/** Tears some label-and-number rows of a markdown table in two. */
function tear(text: string, seed: number): { text: string; torn: number } {
  const rng = createRng(seed).fork('tear');
  let torn = 0;
  const out = text.split('\n').flatMap((line) => {
    if (!line.startsWith('|') || !rng.chance(0.35)) return [line];
    const fields = line.replace(/^\|/, '').replace(/\|$/, '').split('|').map((f) => f.trim());
    // Value fields follow the last text field; a row must hold a number to be torn.
    const v = fields.reduce((at, f, i) => (readCell(f).kind === 'text' ? i : at), -1) + 1;
    if (v < 1 || !fields.slice(v).some((f) => readCell(f).kind === 'number')) return [line];
    const labelAt = fields.slice(0, v).reduce((at, f, i) => (f !== '' ? i : at), -1);
    if (labelAt < 0) return [line];
    const label = fields[labelAt];
    const row = (fs: string[]) => `| ${fs.join(' | ')} |`;
    const blanks = fields.map((f, i) => (i < v ? f : ''));
    if (rng.chance(0.5) && label.replace(/\s/g, '').length >= 6) {
      // The label wraps: its first half on a row of blank cells, the rest beside the numbers.
      const k = Math.ceil(label.length / 2);
      const first = blanks.map((f, i) => (i === labelAt ? label.slice(0, k) : f));
      const second = fields.map((f, i) => (i < v ? (i === labelAt ? label.slice(k) : '') : f));
      torn++;
      return [row(first), row(second)];
    }
    // The numbers alone on the next row.
    const second = fields.map((f, i) => (i < v ? '' : f));
    torn++;
    return [row(blanks), row(second)];
  });
  return { text: out.join('\n'), torn };
}

describe.each(['2019', '2021'] as const)('rows torn from their labels, template %s', (template: Template) => {
  it('every cell reads back as in the untorn table, blanks null, and the checks agree', () => {
    const problems: string[] = [];
    let tornRows = 0;
    for (let i = 0; i < SEEDS; i++) {
      const seed = 90_000 + (template === '2021' ? 1000 : 0) + i;
      const values = createRandomReportValues(seed, { template });
      const expected = expectedAfterParse(values, 'markdown', {});
      const { text, torn } = tear(renderReport(values, 'markdown', {}), seed);
      tornRows += torn;
      const report = parseReportText(text, { file: `synthetic/${seed}.md` });
      const untorn = parseReportText(renderReport(values, 'markdown', {}), { file: `synthetic/${seed}.md` });
      for (const path of cellPaths(template)) {
        const got = getPath(report, path);
        if (!Object.is(got, expected.cells[path])) problems.push(`seed ${seed} ${path}: expected ${expected.cells[path]}, got ${JSON.stringify(got)}`);
      }
      const oks = (r: typeof report) => r.checks.map((c) => `${c.rule}:${c.ok}`).join(' ');
      if (oks(report) !== oks(untorn)) problems.push(`seed ${seed}: checks ${oks(report)} ≠ untorn ${oks(untorn)}`);
    }
    expect(tornRows).toBeGreaterThan(SEEDS * 5);
    expect(problems.slice(0, 12)).toEqual([]);
  });
});
