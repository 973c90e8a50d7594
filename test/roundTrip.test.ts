/**
 * The parser's main test beside the seeds: for every layout × template, 200
 * seeded synthetic reports are rendered (options cycling through every mix of
 * traditional / full-width digits / thousands / units) and parsed back; the
 * parse must equal expectedAfterParse on every cell, the metadata and the `ok`
 * of every check. Failures list seed, layout, options, path, expected and got —
 * rebuild one with createRandomReportValues(seed, { template }) and renderReport.
 */
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../src/lib/report/parseReport';
import { TABLE2, TABLE3, TEMPLATES, cellPaths, getPath } from '../src/lib/report/schema';
import type { Cell, Report, Template } from '../src/lib/report/types';
import {
  LAYOUTS,
  createRandomReportValues,
  expectedAfterParse,
  hasCellStructure,
  renderReport,
  resolveLayout,
  type ExpectedParse,
  type LayoutName,
  type RenderOptions,
  type SyntheticReportValues,
} from '../src/lib/report/synthetic';

const SEEDS_PER_CELL = 200;
const OPTION_KEYS = ['traditional', 'fullWidthDigits', 'thousands', 'units'] as const;
/** All 16 mixes of the four options; case i uses mix i % 16. */
const OPTION_MIXES: RenderOptions[] = Array.from({ length: 16 }, (_, m) =>
  Object.fromEntries(OPTION_KEYS.map((k, b) => [k, Boolean(m & (1 << b))])),
);

interface Case {
  seed: number;
  layout: LayoutName;
  opts: RenderOptions;
  values: SyntheticReportValues;
  expected: ExpectedParse;
  report: Report | null;
  error: string | null;
}

function label(c: Case): string {
  const on = OPTION_KEYS.filter((k) => c.opts[k]).join('+') || 'plain';
  return `seed ${c.seed} ${c.layout}/${c.values.template} [${on}]`;
}

function show(v: unknown): string {
  return v === undefined ? 'undefined' : JSON.stringify(v);
}

const cache = new Map<string, Case[]>();

function cases(layout: LayoutName, template: Template): Case[] {
  const key = `${layout}/${template}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const base = (LAYOUTS.indexOf(layout) * 2 + TEMPLATES.indexOf(template)) * 10_000;
  const out: Case[] = [];
  for (let i = 0; i < SEEDS_PER_CELL; i++) {
    const seed = base + i;
    const opts = OPTION_MIXES[i % OPTION_MIXES.length];
    const values = createRandomReportValues(seed, { template });
    const expected = expectedAfterParse(values, layout);
    let report: Report | null = null;
    let error: string | null = null;
    try {
      report = parseReportText(renderReport(values, layout, opts), { file: `synthetic/${seed}.txt` });
    } catch (e) {
      error = (e as Error).stack ?? String(e);
    }
    out.push({ seed, layout, opts, values, expected, report, error });
  }
  cache.set(key, out);
  return out;
}

/** Collect problems over the cases; fail with the first few, and how many there are. */
function expectNone(problems: string[]): void {
  const head = problems.slice(0, 12).join('\n');
  expect(problems.length, `${problems.length} problems:\n${head}`).toBe(0);
}

function crashes(cs: Case[]): string[] {
  return cs.filter((c) => c.error).map((c) => `${label(c)}: parser threw ${c.error?.split('\n')[0]}`);
}

function cellProblems(cs: Case[], which: (c: Case, path: string) => boolean): string[] {
  const out = crashes(cs);
  for (const c of cs) {
    if (!c.report) continue;
    for (const path of cellPaths(c.values.template)) {
      if (!which(c, path)) continue;
      const want = c.expected.cells[path];
      const got = getPath(c.report, path) as Cell | undefined;
      if (!Object.is(got, want)) out.push(`${label(c)} ${path}: expected ${show(want)}, got ${show(got)}`);
    }
  }
  return out;
}

/** Ways a check message may name a printed row: its path, its key, or its official label without numbering. */
function rowNames(row: string, template: Template): string[] {
  if (row === 'table4') return [row, '表四'];
  const key = row.replace(/^(active|applications)\./, '');
  const label = row.startsWith('active.')
    ? TABLE2[template].flatMap((b) => b.rows).find((r) => r.key === key)?.label
    : TABLE3[template].find((r) => r.key === key)?.label;
  const plain = (label ?? '').replace(/^[（(][一二三四五六七][）)]|^\d+\.|^[一二三四]、/, '').replace(/（.*$/, '');
  return [row, key, ...(plain ? [plain] : [])];
}

const plantedBlank = (c: Case, path: string): boolean => c.values.planted.blanks.includes(path);
const nulledWithRow = (c: Case, path: string): boolean => c.expected.cells[path] === null && !plantedBlank(c, path);

describe.each(LAYOUTS.flatMap((layout) => TEMPLATES.map((template) => [layout, template] as const)))('round trip %s/%s', (layout, template) => {
  const name = `${layout}/${template}`;

  it(`every printed number is read into its cell exactly — ${name}`, () => {
    expectNone(cellProblems(cases(layout, template), (c, p) => c.expected.cells[p] !== null));
  });

  it(`blank cell stays null, not 0 — ${name}`, () => {
    const cs = cases(layout, template);
    expect(cs.some((c) => c.values.planted.blanks.length > 0)).toBe(true);
    expectNone(cellProblems(cs, plantedBlank));
  });

  const structured = (c: Case): boolean => hasCellStructure(resolveLayout(c.seed, c.layout).cells);
  it(`a row with a blank that cannot be placed comes out all null and is named by cells.complete — ${name}`, () => {
    const cs = cases(layout, template);
    const problems = cellProblems(cs, nulledWithRow);
    for (const c of cs) {
      if (!c.report || structured(c) || c.expected.incompleteRows.length === 0 || c.expected.incompleteRows.length > 5) continue;
      const check = c.report.checks.find((k) => k.rule === 'cells.complete');
      for (const row of c.expected.incompleteRows) {
        const names = rowNames(row, c.values.template);
        if (!check || !names.some((n) => check.message.includes(n)))
          problems.push(`${label(c)}: cells.complete does not name ${row}: ${show(check?.message)}`);
      }
    }
    expectNone(problems);
  });

  it(`template from the table headers, year, agency and signature date — ${name}`, () => {
    const cs = cases(layout, template);
    const problems = crashes(cs);
    for (const c of cs) {
      if (!c.report) continue;
      const pairs: [string, unknown, unknown][] = [
        ['template', c.expected.template, c.report.template],
        ['year', c.expected.year, c.report.year],
        ['agency.name', c.expected.agencyName, c.report.agency.name],
        ['publishedOn', c.expected.publishedOn, c.report.publishedOn],
        ['synthetic', true, c.report.synthetic],
      ];
      for (const [k, want, got] of pairs) if (want !== got) problems.push(`${label(c)} ${k}: expected ${show(want)}, got ${show(got)}`);
    }
    expectNone(problems);
  });

  it(`checks flag exactly the planted inconsistencies and blanks — ${name}`, () => {
    const cs = cases(layout, template);
    const problems = crashes(cs);
    for (const c of cs) {
      if (!c.report) continue;
      for (const [rule, want] of Object.entries(c.expected.checks)) {
        const check = c.report.checks.find((k) => k.rule === rule);
        if (check?.ok !== want)
          problems.push(`${label(c)} ${rule}: expected ok=${want}, got ${show(check?.ok)} (${check?.message ?? 'not run'}; planted ${show(c.values.planted.broken)})`);
      }
    }
    expectNone(problems);
  });
});

describe('round trip, by option (all layouts and templates)', () => {
  const all = (): Case[] => LAYOUTS.flatMap((l) => TEMPLATES.flatMap((t) => cases(l, t)));
  it.each(OPTION_KEYS)('cells read back exactly with option %s', (key) => {
    expectNone(cellProblems(all().filter((c) => c.opts[key]), () => true));
  });
});
