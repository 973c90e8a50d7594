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
import { TABLE2, TABLE3, TEMPLATES } from '../src/lib/report/schema';
import type { Report, Template } from '../src/lib/report/types';
import {
  LAYOUTS,
  createRandomReportValues,
  expectedAfterParse,
  hasCellStructure,
  renderReport,
  resolveLayout,
  type LayoutName,
  type RenderOptions,
} from '../src/lib/report/synthetic';
import { OPTION_KEYS, OPTION_MIXES, cellProblems, checkProblems, expectNone, metadataProblems, show, type ParsedCase } from './roundTripHarness';

const SEEDS_PER_CELL = 200;

interface Case extends ParsedCase {
  layout: LayoutName;
  opts: RenderOptions;
}

function label(c: Case): string {
  const on = OPTION_KEYS.filter((k) => c.opts[k]).join('+') || 'plain';
  return `seed ${c.seed} ${c.layout}/${c.values.template} [${on}]`;
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
    const expected = expectedAfterParse(values, layout, opts);
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
    expectNone(cellProblems(cases(layout, template), label, (c, p) => c.expected.cells[p] !== null));
  });

  it(`blank cell stays null, not 0 — ${name}`, () => {
    const cs = cases(layout, template);
    expect(cs.some((c) => c.values.planted.blanks.length > 0)).toBe(true);
    expectNone(cellProblems(cs, label, plantedBlank));
  });

  const structured = (c: Case): boolean => hasCellStructure(resolveLayout(c.seed, c.layout).cells);
  it(`a row with a blank that cannot be placed comes out all null and is named by cells.complete — ${name}`, () => {
    const cs = cases(layout, template);
    const problems = cellProblems(cs, label, nulledWithRow);
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
    // A traditional report keeps its name as written; the simplified form is an alias, for joining years.
    const simplifiedAlias = (c: Case, r: Report): [string, unknown, unknown][] =>
      c.opts.traditional && r.agency.name !== c.values.agency.name
        ? [['agency.aliases holds the simplified name', true, r.agency.aliases.includes(c.values.agency.name)]]
        : [];
    expectNone(metadataProblems(cases(layout, template), label, simplifiedAlias));
  });

  it(`checks flag exactly the planted inconsistencies and blanks — ${name}`, () => {
    expectNone(checkProblems(cases(layout, template), label));
  });
});

describe('round trip, by option (all layouts and templates)', () => {
  const all = (): Case[] => LAYOUTS.flatMap((l) => TEMPLATES.flatMap((t) => cases(l, t)));
  it.each(OPTION_KEYS)('cells read back exactly with option %s', (key) => {
    expectNone(cellProblems(all().filter((c) => c.opts[key]), label, () => true));
  });
});
