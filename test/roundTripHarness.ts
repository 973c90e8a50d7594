/**
 * What the text and HTML round-trip tests share: the option mixes, and the
 * comparisons of a parsed report with what the synthetic values say it must give.
 * Problems are collected over all cases and reported together.
 */
import { expect } from 'vitest';
import { cellPaths, getPath } from '../src/lib/report/schema';
import type { ExpectedParse, RenderOptions, SyntheticReportValues } from '../src/lib/report/synthetic';
import type { Cell, Report } from '../src/lib/report/types';

export const OPTION_KEYS = ['traditional', 'fullWidthDigits', 'thousands', 'units'] as const;
/** All 16 mixes of the four options; case i uses mix i % 16. */
export const OPTION_MIXES: RenderOptions[] = Array.from({ length: 16 }, (_, m) =>
  Object.fromEntries(OPTION_KEYS.map((k, b) => [k, Boolean(m & (1 << b))])),
);

export interface ParsedCase {
  seed: number;
  values: SyntheticReportValues;
  expected: ExpectedParse;
  report: Report | null;
  error: string | null;
}

export type Label<C> = (c: C) => string;

export const show = (v: unknown): string => (v === undefined ? 'undefined' : JSON.stringify(v));

/** Fail with the first few problems, and how many there are. */
export function expectNone(problems: string[]): void {
  expect(problems.length, `${problems.length} problems:\n${problems.slice(0, 12).join('\n')}`).toBe(0);
}

export function crashes<C extends ParsedCase>(cs: C[], label: Label<C>): string[] {
  return cs.filter((c) => c.error).map((c) => `${label(c)}: ${c.error?.split('\n')[0]}`);
}

/** Cells (chosen by `which`) whose parsed value differs from the expected one. */
export function cellProblems<C extends ParsedCase>(cs: C[], label: Label<C>, which: (c: C, path: string) => boolean): string[] {
  const out = crashes(cs, label);
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

/** Template, year, agency, signature date and the synthetic mark, plus any `extra` pairs [key, want, got]. */
export function metadataProblems<C extends ParsedCase>(
  cs: C[],
  label: Label<C>,
  extra: (c: C, r: Report) => [string, unknown, unknown][] = () => [],
): string[] {
  const problems = crashes(cs, label);
  for (const c of cs) {
    const r = c.report;
    if (!r) continue;
    const pairs: [string, unknown, unknown][] = [
      ['template', c.expected.template, r.template],
      ['year', c.expected.year, r.year],
      ['agency.name', c.expected.agencyName, r.agency.name],
      ['publishedOn', c.expected.publishedOn, r.publishedOn],
      ['synthetic', true, r.synthetic],
      ...extra(c, r),
    ];
    for (const [k, want, got] of pairs) if (want !== got) problems.push(`${label(c)} ${k}: expected ${show(want)}, got ${show(got)}`);
  }
  return problems;
}

/** Checks whose `ok` differs from what the planted inconsistencies and blanks call for. */
export function checkProblems<C extends ParsedCase>(cs: C[], label: Label<C>): string[] {
  const problems = crashes(cs, label);
  for (const c of cs) {
    if (!c.report) continue;
    for (const [rule, want] of Object.entries(c.expected.checks)) {
      const check = c.report.checks.find((k) => k.rule === rule);
      if (check?.ok !== want)
        problems.push(`${label(c)} ${rule}: expected ok=${want}, got ${show(check?.ok)} (${check?.message ?? 'not run'}; planted ${show(c.values.planted.broken)})`);
    }
  }
  return problems;
}
