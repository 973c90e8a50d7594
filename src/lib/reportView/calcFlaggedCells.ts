/**
 * Which cells to highlight for a report's failed checks: for each failed rule, the cells whose
 * numbers do not add up (the column, row or group that breaks the rule). Only rules the parser
 * marked as failed are looked at; the parser's message stays the explanation.
 */
import { TABLE3, TABLE4_GROUPS, getPath, reportCellPaths } from '../report/schema';
import { APPLICANT_COLUMNS, TABLE4_COLUMNS, type Cell, type CheckRule, type Report } from '../report/types';

export type FlaggedCells = Map<string, CheckRule[]>;

export function calcFlaggedCells(report: Report): FlaggedCells {
  const flagged: FlaggedCells = new Map();
  const flag = (rule: CheckRule, paths: string[]) => {
    for (const p of paths) {
      const rules = flagged.get(p) ?? [];
      if (!rules.includes(rule)) flagged.set(p, [...rules, rule]);
    }
  };
  const cell = (path: string) => getPath(report, path) as Cell | undefined;
  const sumIfComplete = (paths: string[]) => {
    const values = paths.map(cell);
    return values.every((v) => typeof v === 'number') ? (values as number[]).reduce((a, b) => a + b, 0) : null;
  };
  const mismatch = (left: string[], right: string[]) => {
    const l = sumIfComplete(left);
    const r = sumIfComplete(right);
    return l !== null && r !== null && Math.abs(l - r) > 1e-9;
  };

  const rows = report.template ? TABLE3[report.template] : [];
  const app = (key: string, col: string) => `applications.${key}.${col}`;
  const outcomeKeys = rows
    .slice(rows.findIndex((r) => r.key === 'granted'), rows.findIndex((r) => r.key === 'total'))
    .map((r) => r.key);

  for (const check of report.checks) {
    if (check.ok) continue;
    switch (check.rule) {
      case 'applications.balance':
        for (const c of APPLICANT_COLUMNS) {
          const left = [app('newReceived', c), app('carriedOver', c)];
          const right = [app('total', c), app('carriedForward', c)];
          if (mismatch(left, right)) flag(check.rule, [...left, ...right]);
        }
        break;
      case 'applications.outcomes':
        for (const c of APPLICANT_COLUMNS) {
          const parts = outcomeKeys.map((k) => app(k, c));
          if (mismatch([app('total', c)], parts)) flag(check.rule, [app('total', c), ...parts]);
        }
        break;
      case 'applications.columns':
        for (const row of rows) {
          const parts = APPLICANT_COLUMNS.filter((c) => c !== 'total').map((c) => app(row.key, c));
          if (mismatch([app(row.key, 'total')], parts)) flag(check.rule, [...parts, app(row.key, 'total')]);
        }
        break;
      case 'table4.totals':
        for (const g of TABLE4_GROUPS) {
          const parts = TABLE4_COLUMNS.filter((c) => c !== 'total').map((c) => `${g}.${c}`);
          if (mismatch([`${g}.total`], parts)) flag(check.rule, [...parts, `${g}.total`]);
        }
        break;
      case 'cells.complete':
        flag(check.rule, reportCellPaths(report).filter((p) => cell(p) == null));
        break;
      case 'narrative.applications':
        flag(check.rule, ['applications.newReceived.total']);
        break;
    }
  }
  return flagged;
}
