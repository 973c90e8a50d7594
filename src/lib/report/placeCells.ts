/**
 * Put a row's value cells into the n cells the template expects, without ever
 * guessing: structured rows keep positions (trailing blanks trimmed, surplus
 * leading blanks dropped as merged label columns); space-separated rows with
 * fewer numbers than cells cannot say which cell is blank and stay all `null` —
 * unless a number written with a leading zero shows two cells ran together and
 * exactly one cut of the digits adds up.
 */
import { readCell, type CellValue } from './readCell';
import { agreedCells, countCuts, readDigitRun, type Block } from './solve/readDigitRun';
import type { RowCells } from './splitRow';
import type { PlacedBy } from './types';

export type PlacedCell = { value: number; unit: string } | null;

export type PlacementProblem =
  | { kind: 'extra'; found: number }
  /** A row read by the header's column positions with numbers past its last column: which is which is unknown. */
  | { kind: 'extra-columns'; found: number }
  /** More numbers than cells, gathered from several lines (numbers one per line after a label): which are the row's is unknown. */
  | { kind: 'extra-lines'; found: number }
  | { kind: 'ambiguous'; found: number }
  | { kind: 'unreadable'; text: string }
  /** A number-shaped cell that cannot be read exactly (1e309, 20 digits, 50%): it keeps its place, read as null. */
  | { kind: 'invalid'; text: string; reason: string; cell: number }
  /** Cells run together: the digits have several readings the identities cannot tell apart. */
  | { kind: 'readings'; text: string; count: number }
  /** Cells run together: the digits cannot be cut into the row's cells at all. */
  | { kind: 'no-reading'; text: string }
  /** Cells run together in a space-separated row: no cut into the row's cells adds up. */
  | { kind: 'no-sum'; text: string }
  | { kind: 'too-many-readings'; text: string };

export interface Placement {
  cells: PlacedCell[];
  /** Why the row could not be read as it stands, for warnings. */
  problem: null | PlacementProblem;
  /** Run-together rows: how the cells were placed, and, while several readings remain, all of them. */
  placedBy?: PlacedBy;
  readings?: number[][];
}

const UNIT_SUFFIX = /(万元|亿元|元)\s*$/;

/**
 * A run of digits for a row's cells (`230 000023`): cut into cells by readDigitRun;
 * the cells every admissible reading agrees on are placed, the rest stay null.
 */
function placeRun(text: string, blocks: readonly Block[], strict = false): Placement {
  const n = blocks.reduce((s, b) => s + b.kinds.length, 0);
  const unit = UNIT_SUFFIX.exec(text)?.[1] ?? '';
  const digits = text.replace(UNIT_SUFFIX, '').trim();
  const empty = Array<PlacedCell>(n).fill(null);
  const result = readDigitRun(digits, blocks);
  if (result.tooMany) return { cells: empty, problem: { kind: 'too-many-readings', text } };
  if (!result.readings.length) return { cells: empty, problem: { kind: 'no-reading', text } };
  // Strict: only readings that add up, or the one cut the digits allow where nothing is checked.
  const checked = blocks.some((b) => b.holds);
  if (strict && (checked ? result.failed > 0 : result.readings.length > 1))
    return { cells: empty, problem: checked ? { kind: 'no-sum', text } : { kind: 'readings', text, count: result.readings.length } };
  const agreed = agreedCells(result.readings, n);
  const cells = agreed.map((v, i): PlacedCell => (v === null ? null : { value: v, unit: i === n - 1 ? unit : '' }));
  if (result.readings.length === 1) {
    const alone = countCuts(digits, blocks) === 1;
    return { cells, problem: null, placedBy: alone || !checked ? 'one-reading' : blocks.length > 1 ? 'group-sums' : 'row-sum' };
  }
  return {
    cells,
    problem: { kind: 'readings', text, count: result.readings.length },
    readings: result.readings,
    placedBy: blocks.length > 1 ? 'group-sums' : 'row-sum',
  };
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
  const last = Math.min(fields.length, grid.first + n);
  let numbers = 0;
  let extra = 0;
  for (let i = grid.first; i < fields.length; i++) if (readCell(fields[i]).kind === 'number') i < last ? numbers++ : extra++;
  // Numbers past the header's last column: the row's fields do not stand under the header's
  // columns (a row drawn out of line), so no position can be trusted.
  if (extra) return { cells: Array(n).fill(null), problem: { kind: 'extra-columns', found: extra + numbers } };
  let problem: Placement['problem'] = null;
  const cells = new Array<PlacedCell>(n);
  for (let i = 0; i < n; i++) {
    cells[i] = null;
    if (grid.first + i >= last) continue;
    const c = readCell(fields[grid.first + i]);
    if (c.kind === 'number') cells[i] = { value: c.value, unit: c.unit };
    else if (c.kind === 'text' && !problem) problem = { kind: 'unreadable', text: fields[grid.first + i] };
    else if (c.kind === 'invalid' && !problem) problem = { kind: 'invalid', text: c.text, reason: c.reason, cell: i };
  }
  return { cells, problem };
}

/**
 * Too few space-separated numbers, one of them written with a leading zero (`7 0 0 0 0 07`):
 * no printed number looks like that, so two narrow columns ran together (pdftotext's layout
 * of a tight table), not a blank cell. Such a row is cut as a digit run, strictly — see placeRun.
 */
function mergedCells(cells: readonly string[]): string | null {
  const tokens = cells.map((c) => c.trim());
  if (!tokens.every((t) => /^\d+$/.test(t)) || !tokens.some((t) => /^0\d/.test(t))) return null;
  return tokens.join(' ');
}

/** How a run-together row's cells are cut: one block of n counts unless the reader says more. */
export interface PlaceOptions {
  grid?: Grid;
  blocks?: readonly Block[];
}

export function placeCells(row: RowCells, n: number, options: PlaceOptions = {}): Placement {
  const { grid } = options;
  if (row.runTogether) return placeRun(row.cells[0] ?? '', options.blocks ?? [{ kinds: Array(n).fill('count') }]);
  const byHeader = row.structured && grid ? positioned(row, n, grid) : null;
  if (byHeader) return byHeader;
  const values = new Array<CellValue>(row.cells.length);
  for (let i = 0; i < values.length; i++) values[i] = readCell(row.cells[i]);
  let start = 0;
  let end = values.length;
  if (row.structured) {
    while (end > start && values[end - 1].kind === 'blank') end--;
    while (end - start > n && values[start].kind === 'blank') start++;
  }
  const count = end - start;
  let found = 0;
  for (let i = start; i < end; i++) if (values[i].kind === 'number') found++;
  if (!row.structured && count < n) {
    const merged = mergedCells(row.cells.slice(start, end));
    if (merged) return placeRun(merged, options.blocks ?? [{ kinds: Array(n).fill('count') }], true);
    return { cells: Array(n).fill(null), problem: count ? { kind: 'ambiguous', found } : null };
  }
  // More numbers than cells, some on the label's own line and more on the lines after it: a
  // converter's column order (`行政规范性文件 1` then `0` `0` `0` `1`), not a row with a stray
  // number after it — blank.
  if (!row.structured && count > n && row.label.trim() && row.cellLines?.some((l) => l !== row.line))
    return { cells: Array(n).fill(null), problem: { kind: 'extra-lines', found } };
  let problem: Placement['problem'] = count > n ? { kind: 'extra', found } : null;
  const placed = new Array<PlacedCell>(n);
  for (let i = 0; i < n; i++) {
    const c = start + i < end ? values[start + i] : null;
    placed[i] = null;
    if (c === null) continue;
    if (c.kind === 'number') placed[i] = { value: c.value, unit: c.unit };
    else if (c.kind === 'text' && !problem) problem = { kind: 'unreadable', text: row.cells[start + i] };
    else if (c.kind === 'invalid' && !problem) problem = { kind: 'invalid', text: c.text, reason: c.reason, cell: i };
  }
  return { cells: placed, problem };
}
