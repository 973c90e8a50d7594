/**
 * Cells run together: a crawler saved a table row's cells with no separator between
 * them (`1000001` = 1,0,0,0,0,0,1). This enumerates every way to cut such a run into
 * the row's cells, as printed numbers are written: a cell is `0` or has no leading
 * zero, a sign opens a cell, spaces are cell boundaries, decimals only where the cell
 * is an amount. Blocks of cells may carry an identity (the six applicant columns sum
 * to 总计; a table-4 group's four results sum to its total): readings that satisfy the
 * most identities are kept, and the caller fills only the cells on which they agree.
 */

export type CellKind = 'count' | 'signed' | 'amount';

export interface Block {
  /** Kinds of the block's cells, in order. */
  kinds: readonly CellKind[];
  /** The block's identity over its values, if any. */
  holds?: (values: readonly number[]) => boolean;
}

export interface DigitRunReadings {
  /** Every admissible reading (one value per cell), at most `limit`. */
  readings: number[][];
  /** Readings exceeded the limit: the run is left unread. */
  tooMany: boolean;
  /** Identities the admissible readings fail (0 when the run adds up). */
  failed: number;
}

const COUNT = /^(?:0|[1-9]\d*)$/;
const SIGNED = /^[+\-−]?(?:0|[1-9]\d*)$/;
const AMOUNT = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;
const PATTERN: Record<CellKind, RegExp> = { count: COUNT, signed: SIGNED, amount: AMOUNT };
/** The widest cell the cutter tries: counts of a year's reports stay far below 10^9. */
const MAX_CELL_CHARS = 12;
const SIGN = /[+\-−]/;

function valueOf(piece: string): number {
  const v = Number(piece.replace(/^[+]/, '').replace('−', '-'));
  return Object.is(v, -0) ? 0 : v;
}

/** The run's atoms: maximal pieces with no space, sign boundaries kept inside (a sign always opens a cell). */
function groupsOf(text: string): string[] {
  return text
    .trim()
    .split(/[\s,，]+/)
    .filter(Boolean);
}

export function readDigitRun(text: string, blocks: readonly Block[], limit = 2000): DigitRunReadings {
  const kinds = blocks.flatMap((b) => b.kinds);
  const n = kinds.length;
  const groups = groupsOf(text);
  // Positions where a cell may end: inside a group anywhere, and a group's end must end a cell.
  const chars: string[] = [];
  const mustCut: boolean[] = [];
  for (const g of groups) {
    for (let i = 0; i < g.length; i++) {
      chars.push(g[i]);
      mustCut.push(i === g.length - 1);
    }
  }
  const len = chars.length;
  const blockEnds: number[] = [];
  let acc = 0;
  for (const b of blocks) blockEnds.push((acc += b.kinds.length));

  for (let budget = 0; budget <= blocks.length; budget++) {
    const readings: number[][] = [];
    let overflow = false;
    const values: number[] = [];
    const walk = (pos: number, cell: number, block: number, failures: number, blockStart: number): void => {
      if (overflow) return;
      if (cell === n) {
        if (pos !== len) return;
        if (readings.length >= limit) overflow = true;
        else readings.push(values.slice());
        return;
      }
      const cellsLeft = n - cell;
      const kind = kinds[cell];
      let piece = '';
      for (let end = pos; end < len && end - pos < MAX_CELL_CHARS; end++) {
        const ch = chars[end];
        if (end > pos && SIGN.test(ch)) break; // a sign only opens a cell
        piece += ch;
        if (len - (end + 1) < cellsLeft - 1) break; // too few characters left for the other cells
        if (PATTERN[kind].test(piece)) {
          values.push(valueOf(piece));
          let f = failures;
          let nextBlock = block;
          let nextStart = blockStart;
          if (cell + 1 === blockEnds[block]) {
            const b = blocks[block];
            if (b.holds && !b.holds(values.slice(blockStart, cell + 1))) f++;
            nextBlock = block + 1;
            nextStart = cell + 1;
          }
          if (f <= budget) walk(end + 1, cell + 1, nextBlock, f, nextStart);
          values.pop();
        } else if (/^[+\-−]?0\d/.test(piece) || (kind !== 'signed' && SIGN.test(piece[0]))) break; // "05" never becomes a number
        if (mustCut[end]) break; // a space ends the cell here
      }
    };
    walk(0, 0, 0, 0, 0);
    if (overflow) return { readings: [], tooMany: true, failed: budget };
    if (readings.length) return { readings, tooMany: false, failed: budget };
    if (!blocks.some((b) => b.holds)) break;
  }
  return { readings: [], tooMany: false, failed: 0 };
}

/** How many ways the run can be cut into the blocks' cells, identities aside (counted up to `limit`). */
export function countCuts(text: string, blocks: readonly Block[], limit = 2): number {
  const r = readDigitRun(text, blocks.map((b) => ({ kinds: b.kinds })), limit);
  return r.tooMany ? limit + 1 : r.readings.length;
}

/** The value of each cell on which every reading agrees, else null. */
export function agreedCells(readings: readonly number[][], n: number): (number | null)[] {
  if (!readings.length) return Array(n).fill(null);
  return Array.from({ length: n }, (_, i) => {
    const v = readings[0][i];
    return readings.every((r) => r[i] === v) ? v : null;
  });
}

/** The six applicant columns sum to 总计; a table-4 group's four results sum to its total. */
export function sumsToLast(values: readonly number[]): boolean {
  let s = 0;
  for (let i = 0; i < values.length - 1; i++) s += values[i];
  return Math.abs(s - values[values.length - 1]) < 1e-9;
}
