/**
 * What parseReportText must give for a rendered synthetic report: the values,
 * except that in layouts without cell structure (`lines`, `spaced`) a row with
 * a blank prints fewer numbers, cannot be placed, and so comes out all `null`;
 * plus the `ok` of each consistency check, decided from those cells.
 */
import { toTraditional } from './toTraditional';
import { TABLE3, TABLE4_GROUPS, cellPaths, getPath } from '../schema';
import { APPLICANT_COLUMNS, TABLE4_COLUMNS, type Cell, type CheckRule, type Template } from '../types';
import { hasCellStructure, resolveLayout, type LayoutName } from './layouts';
import { listTableRows } from './listTableRows';
import type { ExpectedParse, SyntheticReportValues } from './types';

/** A rule's verdict: false on any violation among readable cells, undefined if only blanks stop the decision. */
function verdict(groups: Cell[][][]): boolean | undefined {
  let unknown = false;
  for (const [left, right] of groups) {
    if ([...left, ...right].some((c) => c === null)) {
      unknown = true;
      continue;
    }
    const sum = (cs: Cell[]): number => cs.reduce<number>((s, c) => s + (c ?? 0), 0);
    if (sum(left) !== sum(right)) return false;
  }
  return unknown ? undefined : true;
}

/** The `ok` of every consistency rule for these cells (see report-schema.md, `checks`). */
export function expectedChecks(cells: Record<string, Cell>, template: Template): Partial<Record<CheckRule, boolean>> {
  const a = (row: string, col: string): Cell => cells[`applications.${row}.${col}`];
  const outcomeRows = TABLE3[template].map((r) => r.key).filter((k) => !['newReceived', 'carriedOver', 'total', 'carriedForward'].includes(k));
  const rules: [CheckRule, Cell[][][]][] = [
    ['applications.balance', APPLICANT_COLUMNS.map((c) => [[a('newReceived', c), a('carriedOver', c)], [a('total', c), a('carriedForward', c)]])],
    ['applications.outcomes', APPLICANT_COLUMNS.map((c) => [[a('total', c)], outcomeRows.map((r) => a(r, c))])],
    [
      'applications.columns',
      TABLE3[template].map((r) => [APPLICANT_COLUMNS.filter((c) => c !== 'total').map((c) => a(r.key, c)), [a(r.key, 'total')]]),
    ],
    ['table4.totals', TABLE4_GROUPS.map((g) => [TABLE4_COLUMNS.filter((c) => c !== 'total').map((c) => cells[`${g}.${c}`]), [cells[`${g}.total`]]])],
  ];
  const out: Partial<Record<CheckRule, boolean>> = {};
  for (const [rule, groups] of rules) {
    const ok = verdict(groups);
    if (ok !== undefined) out[rule] = ok;
  }
  out['cells.complete'] = !Object.values(cells).includes(null);
  return out;
}

/** `layout` is a text layout, or `html` for renderHtml's pages (cells have structure there: blanks keep their place). */
/** `opts.traditional`: the report is printed in traditional characters, and its name is read as written. */
export function expectedAfterParse(values: SyntheticReportValues, layout: LayoutName | 'html', opts: { traditional?: boolean } = {}): ExpectedParse {
  const template = values.template;
  const structured = layout === 'html' || hasCellStructure(resolveLayout(values.seed, layout).cells);
  const cells: Record<string, Cell> = {};
  for (const path of cellPaths(template)) cells[path] = getPath(values, path) as Cell;
  const incompleteRows: string[] = [];
  for (const row of listTableRows(template)) {
    if (!row.cells.some((p) => cells[p] === null)) continue;
    incompleteRows.push(row.row);
    if (!structured) for (const p of row.cells) cells[p] = null;
  }
  return {
    template,
    year: values.year,
    agencyName: opts.traditional ? toTraditional(values.agency.name) : values.agency.name,
    publishedOn: values.publishedOn,
    cells,
    checks: expectedChecks(cells, template),
    incompleteRows,
  };
}
