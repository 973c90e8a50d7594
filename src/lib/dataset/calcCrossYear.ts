/**
 * The cross-year check: this year's 上年结转 (applications.carriedOver.total) against the same
 * agency's 结转下年度 (applications.carriedForward.total) of the year before. Only where both
 * numbers exist and the previous year has exactly one kept report.
 */
import type { CrossYearCheck } from '../data/types';
import type { KeptReport } from './calcKeptReports';
import { METRIC_INDEX } from './metrics/metricCatalogue';

const CARRIED_OVER = METRIC_INDEX.get('applications.carriedOver.total')!;
const CARRIED_FORWARD = METRIC_INDEX.get('applications.carriedForward.total')!;

/** Check per kept report (by position in `kept`), where one can be made. */
export function calcCrossYear(kept: readonly KeptReport[]): Map<number, CrossYearCheck> {
  const byAgencyYear = new Map<string, KeptReport[]>();
  for (const k of kept) if (k.record.year !== null) {
    const key = `${k.agency}\0${k.record.year}`;
    (byAgencyYear.get(key) ?? byAgencyYear.set(key, []).get(key)!).push(k);
  }
  const out = new Map<number, CrossYearCheck>();
  kept.forEach((k, i) => {
    if (k.record.year === null) return;
    const prev = byAgencyYear.get(`${k.agency}\0${k.record.year - 1}`);
    if (!prev || prev.length !== 1) return;
    const carriedOver = k.record.values[CARRIED_OVER];
    const previousCarriedForward = prev[0].record.values[CARRIED_FORWARD];
    if (carriedOver === null || previousCarriedForward === null) return;
    out.set(i, { ok: carriedOver === previousCarriedForward, previous: prev[0].id, previousCarriedForward, carriedOver });
  });
  return out;
}
