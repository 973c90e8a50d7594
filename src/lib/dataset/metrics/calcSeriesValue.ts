/**
 * One report's value of a harmonised series (./harmonisation.ts): the cell its template keeps
 * the concept in, or — for a concept the 2021 template splits into sub-rows — the single printed
 * row if the report prints one, else the sum of the sub-rows. A blank sub-row makes the sum
 * blank (`null`): a partial sum is never passed off as the total.
 */
import { getPath } from '../../report/schema';
import type { Report } from '../../report/types';
import type { SeriesSource } from './harmonisation';

const asCell = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** `column` is the applicant column of a table-3 row (`total`, `natural` …), appended to each path. */
export function calcSeriesValue(source: SeriesSource, report: Report, column?: string): number | null {
  const at = (path: string) => asCell(getPath(report, column ? `${path}.${column}` : path));
  if (source.kind === 'cell') return at(source.path);
  if (source.kind === 'derived') return null;
  const single = at(source.single);
  if (single !== null) return single;
  let sum = 0;
  for (const p of source.paths) {
    const v = at(p);
    if (v === null) return null;
    sum += v;
  }
  return sum;
}
