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

type ValuedRow = MetricRow & { value: number };

/** Each agency's latest row with a value, and the years it has values in (in the rows' first-seen agency order). */
function valuedAgencies(rows: readonly MetricRow[]): { latest: ValuedRow; years: Set<number> }[] {
  const by = new Map<string, { latest: ValuedRow; years: Set<number> }>();
  for (const r of rows) {
    if (r.value === null) continue;
    const seen = by.get(r.agency);
    if (!seen) by.set(r.agency, { latest: r as ValuedRow, years: new Set([r.year]) });
    else {
      seen.years.add(r.year);
      if (r.year > seen.latest.year) seen.latest = r as ValuedRow;
    }
  }
  return [...by.values()];
}

/** Largest latest value first, then by name. */
const byLatest = (a: { latest: ValuedRow }, b: { latest: ValuedRow }) => b.latest.value - a.latest.value || (a.latest.name < b.latest.name ? -1 : 1);

/** Agencies ranked by their own latest non-blank value (agencies report in different years). */
export function topAgencies(rows: readonly MetricRow[], n: number): string[] {
  return valuedAgencies(rows)
    .sort(byLatest)
    .slice(0, n)
    .map((e) => e.latest.agency);
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
  // Two or more valued years: by their number, descending; otherwise together. Then as topAgencies.
  const trend = (e: { years: Set<number> }) => (e.years.size >= 2 ? e.years.size : 0);
  return valuedAgencies(rows)
    .sort((a, b) => trend(b) - trend(a) || byLatest(a, b))
    .slice(0, n)
    .map((e) => e.latest.agency);
}
