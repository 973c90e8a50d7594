/**
 * What Explore's chart shows for a view: the metric, its years, the series of the line chart and
 * of the small multiples, the ranked chart's year and rows. Shared by the dashboard, the embed
 * page and the downloads, so that all three draw exactly the same figures.
 */
import type { LineSeries } from '../charts/lineChart/calcLineChart';
import { calcMetricRows, type MetricRow } from '../data/calcMetricRows';
import { calcMetricYears } from '../data/calcMetricYears';
import { trendCount, type ExploreData } from '../data/loadExploreData';
import { matchesFilters } from '../data/matchesFilters';
import type { CoreManifest, MetricInfo } from '../data/types';
import { DEFAULT_METRIC, type View } from '../view/parseView';
import { calcSeries, trendAgencies } from './calcSeries';
import { applyChartMode } from '../charts/trend/applyChartMode';
import { TEMPLATE_CHANGE_YEAR } from '../charts/trend/calcTemplateRule';
import type { MetricUnit } from '../data/types';

/** Lines drawn at most in the line chart. */
export const LINE_MAX = 6;
/** Bars drawn at most in the ranked chart, apart from picked agencies. */
export const RANK_LIMIT = 25;

export interface MissingAgency {
  name: string;
  pinyin: string | undefined;
}

export interface ExploreChart {
  metric: MetricInfo;
  /** The metric's years within the chosen range. */
  years: number[];
  /** `2019–2025`, `2024` or `—`. */
  yearsText: string;
  /** Picked agencies that exist. */
  picked: string[];
  /** Every series (small multiples) in the view's mode (values, change or index), each row with its change on the previous report; the line chart shows the first `LINE_MAX`. The ranked chart: the picked agencies only. */
  series: LineSeries[];
  /** Unit of the drawn values: the metric's, or `count` for an index. */
  unit: MetricUnit;
  /** The axis crosses the 2021 template change (a rule is drawn). */
  crossesTemplateChange: boolean;
  /** The metric exists in one template only: lines stop at the change. */
  breakAtTemplateChange: boolean;
  lineSeries: LineSeries[];
  /** Ranked chart only (empty for the others): years it can show, with a value for a picked agency (any agency if none is picked). */
  rankedYears: number[];
  rankedYear: number | null;
  rankedRows: MetricRow[];
  highlight: ReadonlySet<string>;
  /** With agencies picked, the ranked chart draws only them (ranked among all), never one nobody picked. */
  onlyHighlighted: boolean;
  /** Picked agencies the ranked year leaves out: no report, or a blank value (with pinyin for the English gloss). */
  missing: { noReport: MissingAgency[]; blank: MissingAgency[] };
}

/** The metric a view names, else the default metric, else the first one. */
export function pickMetric(view: View, metrics: readonly MetricInfo[]): MetricInfo {
  return metrics.find((m) => m.key === view.metric) ?? metrics.find((m) => m.key === DEFAULT_METRIC) ?? metrics[0];
}

/**
 * `data`: the reports loaded for the view (`loadExploreData`: the drawn agencies' shards, or every
 * report), null while loading. Years come from the core manifest, whatever is loaded.
 */
export function calcExploreChart(view: View, core: Pick<CoreManifest, 'reportYears'>, metric: MetricInfo, data: ExploreData | null): ExploreChart {
  const { manifest, index, file } = data ?? { manifest: null, index: { agencyById: new Map() }, file: null };
  const metricYears = calcMetricYears(core, metric);
  const years = view.years ? metricYears.filter((y) => y >= view.years![0] && y <= view.years![1]) : metricYears;
  const yearsText = years.length ? (years.length === 1 ? String(years[0]) : `${years[0]}–${years[years.length - 1]}`) : '—';
  const rows = file && manifest ? calcMetricRows(manifest, data!.index, file, { templates: metric.templates, years: view.years }) : [];
  const filtered =
    view.province || view.city || view.level
      ? rows.filter((r) => {
          const a = index.agencyById.get(r.agency);
          return !!a && matchesFilters(a, view);
        })
      : rows;
  // While loading, the picks as the view names them (the chips stay); once loaded, those that exist.
  const picked = data ? view.agencies.filter((id) => index.agencyById.has(id)) : view.agencies;
  // With only the drawn agencies loaded, their picks come with them (worked out by the build over every report).
  // The ranked chart draws no lines: with nothing picked it needs no default ones (a pass over every agency).
  const agencies = picked.length ? picked : view.chart === 'ranked' ? [] : (data?.trend?.slice(0, trendCount(view.chart)) ?? trendAgencies(filtered, trendCount(view.chart)));
  const series = applyChartMode(calcSeries(rows, agencies, (id) => index.agencyById.get(id)), view.chart === 'ranked' ? 'value' : view.mode);
  const unit: MetricUnit = view.chart !== 'ranked' && view.mode === 'index' ? 'count' : metric.unit;
  const crossesTemplateChange = years.some((y) => y < TEMPLATE_CHANGE_YEAR) && years.some((y) => y >= TEMPLATE_CHANGE_YEAR);
  const highlight = new Set(picked);
  const lineOrPanels = { metric, years, yearsText, picked, series, unit, crossesTemplateChange, breakAtTemplateChange: metric.templates.length === 1, lineSeries: series.slice(0, LINE_MAX), highlight, onlyHighlighted: picked.length > 0 };
  // The ranked chart's year and rows only for it: the other charts never show them (and may hold only their own agencies' reports).
  if (view.chart !== 'ranked') return { ...lineOrPanels, rankedYears: [], rankedYear: null, rankedRows: [], missing: { noReport: [], blank: [] } };
  // Picked agencies rank among the filtered ones, and are shown even if a filter leaves them out.
  const kept = picked.length && filtered !== rows ? new Set(filtered) : null;
  const rankable = kept ? rows.filter((r) => highlight.has(r.agency) || kept.has(r)) : picked.length ? rows : filtered;
  const valuedYears = new Set(rankable.filter((r) => r.value !== null && (!picked.length || highlight.has(r.agency))).map((r) => r.year));
  const rankedYears = years.filter((y) => valuedYears.has(y));
  // Default: the latest year the picked agencies (or, with none picked, any agency) have.
  const rankedYear = view.year !== null && rankedYears.includes(view.year) ? view.year : (rankedYears[rankedYears.length - 1] ?? null);
  const rankedRows = rankedYear === null ? [] : rankable.filter((r) => r.year === rankedYear);
  const missing: ExploreChart['missing'] = { noReport: [], blank: [] };
  if (rankedYear !== null)
    for (const id of picked) {
      const row = rankedRows.find((r) => r.agency === id);
      const a = index.agencyById.get(id);
      if (!row) missing.noReport.push({ name: a?.name ?? id, pinyin: a?.pinyin });
      // The report's own name for the agency; its pinyin only if it is the agency's name.
      else if (row.value === null) missing.blank.push({ name: row.name, pinyin: a?.name === row.name ? a.pinyin : undefined });
    }
  return { ...lineOrPanels, rankedYears, rankedYear, rankedRows, missing };
}

/** The ranked layout's options for this chart (the page, the table, the embed and the exports agree). */
export const rankedOptions = (chart: ExploreChart) => ({ limit: RANK_LIMIT, highlight: chart.highlight, onlyHighlighted: chart.onlyHighlighted, unit: chart.metric.unit });
