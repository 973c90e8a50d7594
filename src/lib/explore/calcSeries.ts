/**
 * Explore's series: the picked agencies' rows, or — when none are picked — the agencies with
 * the longest runs of years with values (a trend is what a journalist looks for first), then the
 * largest latest values, so the first view is never blank.
 */
import type { MetricRow } from '../data/calcMetricRows';
import type { LineSeries } from '../charts/lineChart/calcLineChart';

export function groupByAgency(rows: readonly MetricRow[]): Map<string, MetricRow[]> {
  const by = new Map<string, MetricRow[]>();
  for (const r of rows) {
    const list = by.get(r.agency);
    if (list) list.push(r);
    else by.set(r.agency, [r]);
  }
  return by;
}

/** The latest year with at least one non-blank value, or null. */
export function latestValuedYear(rows: readonly MetricRow[]): number | null {
  let latest: number | null = null;
  for (const r of rows) if (r.value !== null && (latest === null || r.year > latest)) latest = r.year;
  return latest;
}

/** Agencies ranked by their own latest non-blank value (agencies report in different years). */
export function topAgencies(rows: readonly MetricRow[], n: number): string[] {
  const latest = new Map<string, MetricRow & { value: number }>();
  for (const r of rows) {
    if (r.value === null) continue;
    const seen = latest.get(r.agency);
    if (!seen || r.year > seen.year) latest.set(r.agency, r as MetricRow & { value: number });
  }
  return [...latest.values()]
    .sort((a, b) => b.value - a.value || (a.name < b.name ? -1 : 1))
    .slice(0, n)
    .map((r) => r.agency);
}

export function calcSeries(rows: readonly MetricRow[], agencies: readonly string[], agencyOf: (id: string) => { name: string; pinyin?: string } | undefined): LineSeries[] {
  const by = groupByAgency(rows);
  return agencies.map((id) => {
    const a = agencyOf(id);
    return { key: id, name: a?.name ?? id, pinyin: a?.pinyin, rows: by.get(id) ?? [] };
  });
}

/**
 * With nothing picked: agencies with values in two or more years first (most such years first,
 * then the largest latest value), then the rest by latest value — at most `n`. One pass over the
 * rows (every report of the corpus when nothing is picked), then one sort of the agencies.
 */
export function trendAgencies(rows: readonly MetricRow[], n: number): string[] {
  const by = new Map<string, { latest: MetricRow & { value: number }; years: Set<number> }>();
  for (const r of rows) {
    if (r.value === null) continue;
    const seen = by.get(r.agency);
    if (!seen) by.set(r.agency, { latest: r as MetricRow & { value: number }, years: new Set([r.year]) });
    else {
      seen.years.add(r.year);
      if (r.year > seen.latest.year) seen.latest = r as MetricRow & { value: number };
    }
  }
  // Two or more valued years: by their number, descending; otherwise together. Then by latest value (as topAgencies).
  const trend = (e: { years: Set<number> }) => (e.years.size >= 2 ? e.years.size : 0);
  return [...by.values()]
    .sort((a, b) => trend(b) - trend(a) || b.latest.value - a.latest.value || (a.latest.name < b.latest.name ? -1 : 1))
    .slice(0, n)
    .map((e) => e.latest.agency);
}
