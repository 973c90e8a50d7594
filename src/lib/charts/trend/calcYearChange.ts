/**
 * Year-on-year change, the first thing a journalist computes: each value against the same
 * agency's previous report (the nearest earlier year with a report, named when it is not the
 * year before). A blank in either year, or no earlier report, gives no change (`null`), never a
 * change from or to 0. A report with nothing to read (no tables: a page saved without its body)
 * is passed over, as a year without a report is.
 */
import type { MetricRow } from '../../data/calcMetricRows';
import { round4 } from '../../dataset/metrics/derivedMetrics';

export interface YearChange {
  /** Year of the report compared against. */
  fromYear: number;
  /** This value minus the earlier one (shares: in share units, 0.05 = 5 points). */
  delta: number;
  /** `delta` ÷ the earlier value; null when the earlier value is 0. */
  ratio: number | null;
  /** The two reports use different templates (the comparison spans the 2021 change). */
  crossesTemplate: boolean;
}

/** Change of every row of one agency, by year. */
export function calcYearChanges(rows: readonly MetricRow[]): Map<number, YearChange | null> {
  const sorted = rows.filter((r) => !r.noTables).sort((a, b) => a.year - b.year);
  const out = new Map<number, YearChange | null>();
  sorted.forEach((r, i) => {
    const prev = i > 0 ? sorted[i - 1] : null;
    if (!prev || prev.year === r.year || r.value === null || prev.value === null) return out.set(r.year, null);
    const delta = round4(r.value - prev.value);
    out.set(r.year, { fromYear: prev.year, delta, ratio: prev.value === 0 ? null : round4(delta / prev.value), crossesTemplate: prev.template !== r.template });
  });
  for (const r of rows) if (r.noTables) out.set(r.year, null);
  return out;
}
