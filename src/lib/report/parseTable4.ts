/** Table 4 (行政复议、行政诉讼情况) → review, litigationDirect, litigationAfterReview. */
import { describeProblem } from './describeProblem';
import { placeCells } from './placeCells';
import { sumsToLast, type Block } from './solve/readDigitRun';
import { withPlacement } from './withPlacement';
import type { ReadState } from './readState';
import { cleanLabel, collectRows, matchLabel } from './collectRows';
import { emptyTable4Group, TABLE4_GROUP_LABELS, TABLE4_GROUPS, type Table4GroupKey } from './schema';
import { isBlankLine, lineOfCell, splitRow, type RowCells } from './splitRow';
import { evidenceOf, type TextLine } from './textDocument';
import { TABLE4_COLUMNS, type Table4Group } from './types';

const N = TABLE4_GROUPS.length * TABLE4_COLUMNS.length;
/** Run-together digits: each group's four results sum to its total. */
const GROUP_BLOCK: Block = { kinds: Array(TABLE4_COLUMNS.length).fill('count'), holds: sumsToLast };

/** The table's column headings: printed after the numbers, the numbers are out of the table's order. */
const HEADER_WORDS = /维持|纠正|审结|直接起诉|复议后起诉/;

/**
 * The value row: the first line with numbers after the header; numbers one per line are gathered,
 * up to the table's cells. `headerAfter`: the column headings follow the run of numbers (a
 * converter's labels-after-values order).
 */
function findValueRow(lines: TextLine[]): { row: RowCells; headerAfter: boolean } | null {
  for (let i = 1; i < lines.length; i++) {
    if (isBlankLine(lines[i])) continue;
    const row = splitRow(lines[i]);
    if (!row.cells.some((c) => /\d/.test(c))) continue;
    if (row.structured || row.cells.length >= N || row.label) return { row, headerAfter: false };
    const cells = [...row.cells];
    const cellLines = row.cells.map(() => lines[i]);
    let j = i + 1;
    for (; j < lines.length; j++) {
      if (isBlankLine(lines[j])) continue;
      const next = splitRow(lines[j]);
      if (next.structured || next.label || !next.cells.length) break;
      if (cells.length < N) {
        cells.push(...next.cells);
        cellLines.push(...next.cells.map(() => lines[j]));
      }
    }
    const headerAfter = j > i + 1 && j < lines.length && HEADER_WORDS.test(lines[j].text);
    return { row: { ...row, cells, cellLines }, headerAfter };
  }
  return null;
}

const GROUP_PATTERNS = [
  ['litigationAfterReview', /复议后起诉/],
  ['litigationDirect', /未经复议|直接起诉/],
  ['review', /行政复议$/],
] as const;

const COLUMNS = TABLE4_COLUMNS.length;

/** `<group>.<column>` of every cell, built once. */
const CELL_PATHS: Record<Table4GroupKey, string[]> = Object.fromEntries(
  TABLE4_GROUPS.map((g) => [g, TABLE4_COLUMNS.map((c) => `${g}.${c}`)]),
) as Record<Table4GroupKey, string[]>;

/**
 * Some reports print table 4 as one row per group (行政复议 0 0 0 0 0 / 未经复议直接起诉 …).
 * Read that form when the first value row is labelled with a group and has a group's five cells.
 */
function readGroupRows(lines: TextLine[], groups: Record<Table4GroupKey, Table4Group>, state: ReadState): boolean {
  const rows = collectRows(lines.slice(1)).filter((r) => r.row.cells.some((c) => /\d/.test(c)));
  // The group is named on the row's own line; header words gathered above it do not count.
  const groupOf = (r: (typeof rows)[number]) => matchLabel(r.own, GROUP_PATTERNS);
  const first = rows[0];
  if (!first || !groupOf(first) || first.row.cells.length > COLUMNS + 1) return false;
  const seen = new Set<Table4GroupKey>();
  for (const r of rows.slice(0, 3)) {
    const g = groupOf(r);
    if (!g || seen.has(g)) break;
    seen.add(g);
    const placement = placeCells(r.row, COLUMNS, { blocks: [GROUP_BLOCK] });
    if (placement.problem) state.warnings.push(describeProblem(`表四「${TABLE4_GROUP_LABELS[g]}」行`, COLUMNS, placement.problem));
    TABLE4_COLUMNS.forEach((c, ci) => {
      const cell = placement.cells[ci];
      if (!cell) return;
      groups[g][c] = cell.value;
      state.evidence[CELL_PATHS[g][ci]] = withPlacement(evidenceOf(lineOfCell(r.row, ci)), placement);
    });
  }
  return seen.size > 0;
}

export function parseTable4(lines: TextLine[], state: ReadState): Record<Table4GroupKey, Table4Group> {
  const groups = Object.fromEntries(TABLE4_GROUPS.map((g) => [g, emptyTable4Group()])) as Record<Table4GroupKey, Table4Group>;
  const found = findValueRow(lines);
  if (!found) return groups;
  const { row } = found;
  if (found.headerAfter) {
    state.warnings.push('表四数据行：数字印在表头之前，无法确定对应的单元格，整组记为空白');
    return groups;
  }
  // A first value row labelled with a group, holding a group's cells: one row per group.
  if (row.cells.length <= COLUMNS + 1 && matchLabel(cleanLabel(row.label), GROUP_PATTERNS) && readGroupRows(lines, groups, state)) return groups;
  const placement = placeCells(row, N, { blocks: [GROUP_BLOCK, GROUP_BLOCK, GROUP_BLOCK] });
  if (placement.problem) state.warnings.push(describeProblem('表四数据行', N, placement.problem));
  const evidence = withPlacement(evidenceOf(row.line), placement);
  TABLE4_GROUPS.forEach((g, gi) =>
    TABLE4_COLUMNS.forEach((c, ci) => {
      const cell = placement.cells[gi * TABLE4_COLUMNS.length + ci];
      if (!cell) return;
      groups[g][c] = cell.value;
      state.evidence[CELL_PATHS[g][ci]] = row.cellLines ? withPlacement(evidenceOf(lineOfCell(row, gi * TABLE4_COLUMNS.length + ci)), placement) : evidence;
    }),
  );
  return groups;
}
