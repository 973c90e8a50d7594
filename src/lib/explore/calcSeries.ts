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
 * then the largest latest value), then the rest by latest value — at most `n`.
 */
export function trendAgencies(rows: readonly MetricRow[], n: number): string[] {
  const valuedYears = new Map<string, Set<number>>();
  for (const r of rows) if (r.value !== null) (valuedYears.get(r.agency) ?? valuedYears.set(r.agency, new Set()).get(r.agency)!).add(r.year);
  const byLatest = topAgencies(rows, Number.MAX_SAFE_INTEGER);
  const rank = new Map(byLatest.map((id, i) => [id, i]));
  const years = (id: string) => valuedYears.get(id)?.size ?? 0;
  const trends = byLatest.filter((id) => years(id) >= 2).sort((a, b) => years(b) - years(a) || rank.get(a)! - rank.get(b)!);
  return [...trends, ...byLatest.filter((id) => years(id) < 2)].slice(0, n);
}
