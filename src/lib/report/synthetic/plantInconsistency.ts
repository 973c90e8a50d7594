/**
 * Break the sums of a synthetic report on purpose, the way typos do: 新收 off
 * in one column (balance), a 总计 row that is not the sum of the outcomes, one
 * row's 总计 column typed wrong (columns), a table 4 total off.
 */
import { APPLICANT_COLUMNS } from '../types';
import { TABLE3, TABLE4_GROUPS, getPath, setPath } from '../schema';
import type { Rng } from './createRng';
import type { SyntheticReportValues } from './types';

const APPLICANTS = APPLICANT_COLUMNS.filter((c) => c !== 'total');

export function plantInconsistency(rng: Rng, values: SyntheticReportValues): void {
  const obj = values as unknown as Record<string, unknown>;
  const bump = (path: string, by: number): void => {
    const v = getPath(obj, path);
    if (typeof v !== 'number') return;
    setPath(obj, path, Math.max(0, v + by));
    if (getPath(obj, path) !== v) values.planted.broken.push(path);
  };
  const col = rng.pick(APPLICANTS);
  const k = rng.int(1, 3);
  switch (rng.int(0, 3)) {
    case 0:
      bump(`applications.newReceived.${col}`, k);
      bump('applications.newReceived.total', k);
      break;
    case 1:
      bump(`applications.total.${col}`, k);
      bump('applications.total.total', k);
      break;
    case 2:
      bump(`applications.${rng.pick(TABLE3[values.template]).key}.total`, k);
      break;
    default:
      bump(`${rng.pick(TABLE4_GROUPS)}.total`, k);
  }
}
