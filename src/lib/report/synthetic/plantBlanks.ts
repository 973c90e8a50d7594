/**
 * Blank some cells of a synthetic report in the patterns real reports show:
 * one cell (often 自然人, seed 001), whole rows of 不予公开 … 不予处理 (seed 001),
 * a table 2 cell, a whole table 4 group (seed 003's 行政复议), or a few anywhere.
 */
import { TABLE4_COLUMNS } from '../types';
import { TABLE4_GROUPS, setPath } from '../schema';
import type { Rng } from './createRng';
import { listTableRows } from './listTableRows';
import type { SyntheticReportValues } from './types';

export function plantBlanks(rng: Rng, values: SyntheticReportValues): void {
  const rows = listTableRows(values.template);
  const t3 = rows.filter((r) => r.row.startsWith('applications.'));
  const blank = (path: string): void => {
    setPath(values as unknown as Record<string, unknown>, path, null);
    if (!values.planted.blanks.includes(path)) values.planted.blanks.push(path);
  };
  const patterns = rng.int(1, 2);
  for (let i = 0; i < patterns; i++) {
    switch (rng.int(0, 4)) {
      case 0:
        blank(rng.chance(0.5) ? `${rng.pick(t3).row}.natural` : rng.pick(rng.pick(t3).cells));
        break;
      case 1:
        for (const r of t3.filter((r) => /denied|unableToProvide|notProcessed/.test(r.row) && rng.chance(0.5))) r.cells.forEach(blank);
        break;
      case 2:
        blank(rng.pick(rng.pick(rows.filter((r) => r.row.startsWith('active.'))).cells));
        break;
      case 3:
        for (const c of TABLE4_COLUMNS) blank(`${rng.pick(TABLE4_GROUPS)}.${c}`);
        break;
      default:
        for (let n = rng.int(1, 3); n > 0; n--) blank(rng.pick(rng.pick(rows).cells));
    }
  }
  values.planted.blanks.sort();
}
