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

/** Where a structured table's value columns start, from its header row (自然人), and how many fields its rows have. */
export interface Grid {
  first: number;
  width: number;
}

/**
 * A full-width row whose label ends before the first value column, with only
 * blanks between, is read by the header's column positions: that is the one
 * case where a blank first or last cell can be told apart from a merged label
 * column.
 */
function positioned(row: RowCells, n: number, grid: Grid): Placement | null {
  const { fields, labelEnd = -1 } = row;
  if (!fields || fields.length < grid.width || labelEnd >= grid.first) return null;
  for (let i = labelEnd + 1; i < grid.first; i++) if (readCell(fields[i]).kind !== 'blank') return null;
  const values = fields.slice(grid.first, grid.first + n).map(readCell);
  const beyond = fields.slice(grid.first + n).map(readCell);
  const extra = beyond.filter((c) => c.kind === 'number').length;
  let problem: Placement['problem'] = extra
    ? { kind: 'extra', found: extra + values.filter((c) => c.kind === 'number').length }
    : null;
  const cells = Array.from({ length: n }, (_, i): PlacedCell => {
    const c = values[i];
    if (c?.kind === 'number') return { value: c.value, unit: c.unit };
    if (c?.kind === 'text' && !problem) problem = { kind: 'unreadable', text: fields[grid.first + i] };
    return null;
  });
  return { cells, problem };
}

export function placeCells(row: RowCells, n: number, grid?: Grid): Placement {
  const byHeader = row.structured && grid ? positioned(row, n, grid) : null;
  if (byHeader) return byHeader;
  const values = row.cells.map(readCell);
  let start = 0;
  let end = values.length;
  if (row.structured) {
    while (end > start && values[end - 1].kind === 'blank') end--;
    while (end - start > n && values[start].kind === 'blank') start++;
  }
  const count = end - start;
  let found = 0;
  for (let i = start; i < end; i++) if (values[i].kind === 'number') found++;
  if (!row.structured && count < n)
    return { cells: Array(n).fill(null), problem: count ? { kind: 'ambiguous', found } : null };
  let problem: Placement['problem'] = count > n ? { kind: 'extra', found } : null;
  const placed = Array.from({ length: n }, (_, i): PlacedCell => {
    const c = start + i < end ? values[start + i] : null;
    if (c?.kind === 'number') return { value: c.value, unit: c.unit };
    if (c?.kind === 'text' && !problem) problem = { kind: 'unreadable', text: row.cells[start + i] };
    return null;
  });
  return { cells: placed, problem };
}
