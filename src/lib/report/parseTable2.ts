/** Table 2 (主动公开政府信息情况) → `active`, per template. */
import { collectRows, matchLabel, matchRow } from './collectRows';
import { describeApart, describeProblem } from './describeProblem';
import { placeCells } from './placeCells';
import { withPlacement } from './withPlacement';
import type { CellKind } from './solve/readDigitRun';
import { toWanYuan } from './readCell';
import { table2CellName } from './rowNames';
import type { ReadState } from './readState';
import { emptyActive, TABLE2, type Table2Row } from './schema';
import { lineOfCell } from './splitRow';
import { evidenceOf, type TextLine } from './textDocument';
import type { Cell, Template } from './types';

const ROW_PATTERNS = [
  ['regulations', /规章$/],
  ['normativeDocuments', /规范性文件$/],
  ['licensing', /行政许可$/],
  ['otherServices', /其他对外管理服务事项$/],
  ['penalty', /行政处罚$/],
  ['coercion', /行政强制$/],
  ['fees', /行政事业性收费$/],
  ['procurement', /政府集中采购$/],
] as const;

/** Run-together digits: 本年增/减 may be signed, amounts may have decimals, the rest are counts. */
function cellKindOf(field: string): CellKind {
  if (field === 'itemChange') return 'signed';
  if (field === 'amountWanYuan') return 'amount';
  return 'count';
}

/** A label that names a row of this table by itself. */
const namesRow = (label: string): boolean => matchLabel(label, ROW_PATTERNS) !== null;

const rowsByKeyOf = new Map<Template, Map<string, Table2Row>>();

/** A template's table 2 rows by key, built once. */
function rowsOf(template: Template): Map<string, Table2Row> {
  let rows = rowsByKeyOf.get(template);
  if (!rows) rowsByKeyOf.set(template, (rows = new Map(TABLE2[template].flatMap((b) => b.rows.map((r) => [r.key, r] as const)))));
  return rows;
}

const evidencePathCache = new Map<Table2Row, string[]>();

/** `active.<row>.<field>` for each of a template row's fields, built once per row (the templates' rows differ in fields). */
function evidencePathsOf(spec: Table2Row): string[] {
  let paths = evidencePathCache.get(spec);
  if (!paths) evidencePathCache.set(spec, (paths = spec.fields.map((f) => `active.${spec.key}.${f}`)));
  return paths;
}

export function parseTable2(lines: TextLine[], template: Template, state: ReadState): Record<string, Record<string, Cell>> {
  const active = emptyActive(template);
  const rowsByKey = rowsOf(template);
  const seen = new Set<string>();
  for (const logical of collectRows(lines, namesRow)) {
    const { label, row } = logical;
    const key = matchRow(logical, ROW_PATTERNS);
    if (!key || seen.has(key)) continue;
    const spec = rowsByKey.get(key);
    if (!spec) {
      state.warnings.push(`表二「${label}」行不属于 ${template} 年版表格，未读取`);
      continue;
    }
    if (logical.apart && row.cells.length > spec.fields.length) {
      // Labels printed apart from their numbers: no number is put in any of their rows.
      state.warnings.push(describeApart('二', logical.apart));
      for (const l of logical.apart) seen.add(matchLabel(l, ROW_PATTERNS) ?? '');
      continue;
    }
    const placement = placeCells(row, spec.fields.length, { blocks: [{ kinds: spec.fields.map(cellKindOf) }] });
    if (placement.cells.every((c) => c === null) && !row.cells.length) continue;
    seen.add(key);
    if (placement.problem) state.warnings.push(describeProblem(`表二「${spec.label}」行`, spec.fields.length, placement.problem));
    const evidence = withPlacement(evidenceOf(row.line), placement);
    const paths = evidencePathsOf(spec);
    spec.fields.forEach((field, i) => {
      const cell = placement.cells[i];
      if (!cell) return;
      const value = field === 'amountWanYuan' ? toWanYuan(cell.value, cell.unit, true) : cell.value;
      if (value === null) {
        state.warnings.push(`表二${table2CellName(template, key, field)}：单位「${cell.unit}」不是金额（本栏单位为万元），记为空白`);
        return;
      }
      active[key][field] = value;
      state.evidence[paths[i]] = row.cellLines ? evidenceOf(lineOfCell(row, i)) : evidence;
    });
  }
  return active;
}
