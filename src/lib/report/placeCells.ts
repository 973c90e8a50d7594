/**
 * Put a row's value cells into the n cells the template expects, without ever
 * guessing: structured rows keep positions (trailing blanks trimmed, surplus
 * leading blanks dropped as merged label columns); space-separated rows with
 * fewer numbers than cells cannot say which cell is blank and stay all `null`.
 */
import { readCell } from './readCell';
import type { RowCells } from './splitRow';

export type PlacedCell = { value: number; unit: string } | null;

export interface Placement {
  cells: PlacedCell[];
  /** Why the row could not be read as it stands, for warnings. */
  problem: null | { kind: 'extra'; found: number } | { kind: 'ambiguous'; found: number } | { kind: 'unreadable'; text: string };
}

export function placeCells(row: RowCells, n: number): Placement {
  const cells = [...row.cells];
  if (row.structured) {
    while (cells.length && readCell(cells[cells.length - 1]).kind === 'blank') cells.pop();
    while (cells.length > n && readCell(cells[0]).kind === 'blank') cells.shift();
  }
  const found = cells.filter((c) => readCell(c).kind === 'number').length;
  if (!row.structured && cells.length < n)
    return { cells: Array(n).fill(null), problem: cells.length ? { kind: 'ambiguous', found } : null };
  let problem: Placement['problem'] = cells.length > n ? { kind: 'extra', found } : null;
  const placed = Array.from({ length: n }, (_, i): PlacedCell => {
    const c = cells[i] === undefined ? { kind: 'blank' as const } : readCell(cells[i]);
    if (c.kind === 'number') return { value: c.value, unit: c.unit };
    if (c.kind === 'text' && !problem) problem = { kind: 'unreadable', text: cells[i] };
    return null;
  });
  return { cells: placed, problem };
}
