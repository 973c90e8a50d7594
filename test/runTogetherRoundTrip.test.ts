/**
 * The solver's round trip: seeded synthetic reports printed as a crawler saves them — the whole
 * page on one line, table cells run together with no separator — and parsed back. An independent
 * brute-force oracle (every cut of a row's digits into its cells, numbers written without leading
 * zeros, kept where the row adds up) says which rows are forced; those must come back exactly.
 * Every other cell is either its true value (found by the table's column identities) or null with a
 * warning — never another number. Reports that do not add up as published keep the numbers that are
 * forced by the cuts alone, and fail their checks.
 */
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../src/lib/report/parseReport';
import { TABLE2, TABLE3, TABLE4_GROUPS, getPath } from '../src/lib/report/schema';
import { createRandomReportValues, renderReport } from '../src/lib/report/synthetic';
import { APPLICANT_COLUMNS, TABLE4_COLUMNS, type Report, type Template } from '../src/lib/report/types';

const SEEDS = 120;

/** The crawler: every line's cells glued, every line glued to the next. */
function runTogether(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/\t+/g, '').trim())
    .join('');
}

type Kind = 'count' | 'signed' | 'amount';
const CELL: Record<Kind, RegExp> = {
  count: /^(?:0|[1-9]\d*)$/,
  signed: /^-?(?:0|[1-9]\d*)$/,
  amount: /^(?:0|[1-9]\d*)(?:\.\d+)?$/,
};

/** Oracle: all cuts of `s` into cells of the given kinds (plain recursion, no pruning beyond length). */
function cuts(s: string, kinds: Kind[]): number[][] {
  if (!kinds.length) return s.length ? [] : [[]];
  const out: number[][] = [];
  for (let i = 1; i <= s.length - kinds.length + 1; i++) {
    const head = s.slice(0, i);
    if (!CELL[kinds[0]].test(head)) continue;
    for (const rest of cuts(s.slice(i), kinds.slice(1))) out.push([Number(head), ...rest]);
  }
  return out;
}

const sumsUp = (xs: number[]) => xs.slice(0, -1).reduce((a, b) => a + b, 0) === xs[xs.length - 1];

interface Row {
  paths: string[];
  truth: number[];
  forced: boolean;
}

/** The printed rows of a report and whether the oracle says each is forced. */
function rowsOf(values: ReturnType<typeof createRandomReportValues>, consistent: boolean): Row[] {
  const rows: Row[] = [];
  const t: Template = values.template;
  for (const block of TABLE2[t])
    for (const row of block.rows) {
      const paths = row.fields.map((f) => `active.${row.key}.${f}`);
      const truth = paths.map((p) => getPath(values, p) as number);
      const kinds = row.fields.map((f): Kind => (f === 'itemChange' ? 'signed' : f === 'amountWanYuan' ? 'amount' : 'count'));
      rows.push({ paths, truth, forced: cuts(truth.map(String).join(''), kinds).length === 1 });
    }
  for (const spec of TABLE3[t]) {
    const paths = APPLICANT_COLUMNS.map((c) => `applications.${spec.key}.${c}`);
    const truth = paths.map((p) => getPath(values, p) as number);
    const all = cuts(truth.join(''), Array(7).fill('count'));
    const summing = all.filter(sumsUp);
    rows.push({ paths, truth, forced: all.length === 1 || (consistent && summing.length === 1) });
  }
  const paths = TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => `${g}.${c}`));
  const truth = paths.map((p) => getPath(values, p) as number);
  const all = cuts(truth.join(''), Array(15).fill('count'));
  const summing = all.filter((r) => [0, 5, 10].every((i) => sumsUp(r.slice(i, i + 5))));
  rows.push({ paths, truth, forced: all.length === 1 || (consistent && summing.length === 1) });
  return rows;
}

interface Case {
  seed: number;
  template: Template;
  consistent: boolean;
  rows: Row[];
  report: Report;
}

function cases(template: Template, consistent: boolean): Case[] {
  const out: Case[] = [];
  for (let i = 0; i < SEEDS; i++) {
    const seed = 70_000 + (template === '2021' ? 1000 : 0) + (consistent ? 0 : 500) + i;
    const values = createRandomReportValues(seed, { template, blankRate: 0, inconsistentRate: consistent ? 0 : 1 });
    const text = runTogether(renderReport(values, 'tabs', {}));
    const report = parseReportText(text, { file: `synthetic/${seed}.txt` });
    out.push({ seed, template, consistent, rows: rowsOf(values, consistent), report });
  }
  return out;
}

function problems(cs: Case[]): { wrong: string[]; forcedMissed: string[]; silentBlanks: string[]; read: number; total: number } {
  const wrong: string[] = [];
  const forcedMissed: string[] = [];
  const silentBlanks: string[] = [];
  let read = 0;
  let total = 0;
  for (const c of cs) {
    for (const row of c.rows) {
      row.paths.forEach((path, i) => {
        total++;
        const got = getPath(c.report, path);
        const want = row.truth[i];
        if (got === want) read++;
        else if (row.forced) forcedMissed.push(`seed ${c.seed} ${path}: forced ${want}, got ${JSON.stringify(got)}`);
        else if (got !== null) wrong.push(`seed ${c.seed} ${path}: want ${want} or null, got ${JSON.stringify(got)}`);
        else if (!c.report.warnings.some((w) => /种读法|无法分成|读法过多/.test(w)))
          silentBlanks.push(`seed ${c.seed} ${path}: null with no warning`);
      });
    }
  }
  return { wrong, forcedMissed, silentBlanks, read, total };
}

describe.each(['2019', '2021'] as const)('cells run together, template %s', (template) => {
  it(`reports that add up: forced rows exactly, other cells their value or null with a warning, never another number`, () => {
    const p = problems(cases(template, true));
    console.log(`run together ${template}: ${p.read}/${p.total} cells read back (${((100 * p.read) / p.total).toFixed(1)}%)`);
    expect(p.wrong.slice(0, 10)).toEqual([]);
    expect(p.forcedMissed.slice(0, 10)).toEqual([]);
    expect(p.silentBlanks.slice(0, 10)).toEqual([]);
  });

  it(`reports that do not add up as published keep every number the cuts alone force, and fail a check`, () => {
    const cs = cases(template, false);
    const missed: string[] = [];
    for (const c of cs) {
      for (const row of c.rows) {
        const alone = cuts(row.truth.join(''), Array(row.truth.length).fill(row.paths[0].startsWith('active.') ? 'signed' : 'count'));
        if (alone.length !== 1 || row.paths[0].startsWith('active.')) continue;
        row.paths.forEach((path, i) => {
          if (getPath(c.report, path) !== row.truth[i]) missed.push(`seed ${c.seed} ${path}: printed ${row.truth[i]}, got ${JSON.stringify(getPath(c.report, path))}`);
        });
      }
      if (c.report.checks.every((k) => k.ok)) missed.push(`seed ${c.seed}: every check passes though a sum was broken`);
    }
    expect(missed.slice(0, 10)).toEqual([]);
  });
});
