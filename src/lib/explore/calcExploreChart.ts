/**
 * What Explore's chart shows for a view: the metric, its years, the series of the line chart and
 * of the small multiples, the ranked chart's year and rows. Shared by the dashboard, the embed
 * page and the downloads, so that all three draw exactly the same figures.
 */
import type { LineSeries } from '../charts/lineChart/calcLineChart';
import type { ManifestIndex } from '../data/calcManifestIndex';
import { calcMetricRows, type MetricRow } from '../data/calcMetricRows';
import { calcMetricYears } from '../data/calcMetricYears';
import { matchesFilters } from '../data/searchAgencies';
import type { Manifest, MetricFile, MetricInfo } from '../data/types';
import { DEFAULT_METRIC, type View } from '../view/parseView';
import { calcSeries, latestValuedYear, topAgencies } from './calcSeries';

/** Lines drawn at most in the line chart. */
export const LINE_MAX = 6;
/** Bars drawn at most in the ranked chart, apart from picked agencies. */
export const RANK_LIMIT = 25;

export interface ExploreChart {
  metric: MetricInfo;
  /** The metric's years within the chosen range. */
  years: number[];
  /** `2019–2025`, `2024` or `—`. */
  yearsText: string;
  /** Picked agencies that exist. */
  picked: string[];
  /** Every series (small multiples); the line chart shows the first `LINE_MAX`. */
  series: LineSeries[];
  lineSeries: LineSeries[];
  rankedYear: number | null;
  rankedRows: MetricRow[];
  highlight: ReadonlySet<string>;
}

/** The metric a view names, else the default metric, else the first one. */
export function pickMetric(view: View, manifest: Manifest, index: ManifestIndex): MetricInfo {
  return index.metricByKey.get(view.metric) ?? index.metricByKey.get(DEFAULT_METRIC) ?? manifest.metrics[0];
}

export function calcExploreChart(view: View, manifest: Manifest, index: ManifestIndex, metric: MetricInfo, file: MetricFile | null): ExploreChart {
  const metricYears = calcMetricYears(manifest, metric);
  const years = view.years ? metricYears.filter((y) => y >= view.years![0] && y <= view.years![1]) : metricYears;
  const yearsText = years.length ? (years.length === 1 ? String(years[0]) : `${years[0]}–${years[years.length - 1]}`) : '—';
  const rows = file ? calcMetricRows(manifest, index, file, { templates: metric.templates, years: view.years }) : [];
  const filtered =
    view.province || view.city || view.level
      ? rows.filter((r) => {
          const a = index.agencyById.get(r.agency);
          return !!a && matchesFilters(a, view);
        })
      : rows;
  const picked = view.agencies.filter((id) => index.agencyById.has(id));
  const agencies = picked.length ? picked : topAgencies(filtered, view.chart === 'multiples' ? 12 : 5);
  const series = calcSeries(rows, agencies, (id) => index.agencyById.get(id)?.name ?? id);
  const rankedYear = view.year !== null && years.includes(view.year) ? view.year : latestValuedYear(filtered.filter((r) => years.includes(r.year)));
  const rankedRows = rankedYear === null ? [] : filtered.filter((r) => r.year === rankedYear);
  return { metric, years, yearsText, picked, series, lineSeries: series.slice(0, LINE_MAX), rankedYear, rankedRows, highlight: new Set(picked) };
}
