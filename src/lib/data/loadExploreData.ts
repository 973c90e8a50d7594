/**
 * What an Explore chart (the dashboard's, the embed's) draws from, loaded for the view: with no
 * region filter, not ranked and either agencies picked or no year range, only the shards of the
 * drawn agencies (`shards/<n>.json` and the metric's `<group>/<key>/<n>.json`) and, with none
 * picked, the metric's default lines (`top.json`); otherwise every report (`manifest.json` and
 * the whole metric file), as the ranked chart and the filters rank all agencies.
 */
import type { ManifestIndex } from './calcManifestIndex';
import { calcManifestIndex } from './calcManifestIndex';
import type { DataCache } from './dataCache';
import { joinMetricFiles } from './sliceMetricFile';
import { shardOf } from './shardOf';
import type { CoreManifest, Manifest, MetricFile, MetricInfo } from './types';
import { unpackShards } from './unpackShards';

export interface ExploreData {
  /** The metric the data is of. */
  key: string;
  /** The reports loaded: the drawn agencies' (shards) or every one. */
  manifest: Manifest;
  index: ManifestIndex;
  /** The metric's values, aligned with `manifest.reports`. */
  file: MetricFile;
  /** With no agency picked and only some agencies loaded: the default lines (`top.json`, `TREND_PICKS` of them), else null (work them out from the rows). */
  trend: string[] | null;
  /** The shards loaded; null: every report. */
  shards: ReadonlySet<number> | null;
}

/** What of the view decides the data to load. */
export interface ExploreNeeds {
  chart: 'line' | 'ranked' | 'multiples';
  agencies: readonly string[];
  years: [number, number] | null;
  province: string | null;
  city: string | null;
  level: string | null;
}

/** Whether the chart ranks or filters all agencies, or picks its default lines within a year range: every report is needed. */
export const needsEveryAgency = (v: ExploreNeeds) => v.chart === 'ranked' || !!v.province || !!v.city || !!v.level || (!v.agencies.length && v.years !== null);

export async function loadExploreData(view: ExploreNeeds, core: CoreManifest, metric: MetricInfo, data: DataCache): Promise<ExploreData> {
  if (needsEveryAgency(view)) {
    const [{ manifest, index }, file] = await Promise.all([data.full(), data.metric(metric)]);
    return { key: metric.key, manifest, index, file, trend: null, shards: null };
  }
  const trend = view.agencies.length ? null : (await data.metricTop(metric)).trend;
  const shards = [...new Set(drawnAgencies(view, trend).map((id) => shardOf(id, core.shards)))].sort((a, b) => a - b);
  const [files, parts] = await Promise.all([Promise.all(shards.map((n) => data.shard(n))), Promise.all(shards.map((n) => data.metricShard(metric, n)))]);
  const manifest = unpackShards(core, files);
  const file = joinMetricFiles(parts, metric.key, core.inputsSha256, core.schemaVersion);
  if (file.values.length !== manifest.reports.length) throw new Error(`${metric.file}: 分片与报告不一致 · the metric's shards do not align with the reports: files of two builds`);
  return { key: metric.key, manifest, index: calcManifestIndex(manifest), file, trend, shards: new Set(shards) };
}

/** Default lines drawn: the line chart 5, small multiples 12. */
export const trendCount = (chart: ExploreNeeds['chart']) => (chart === 'multiples' ? 12 : 5);

/** The agencies a chart with these needs draws: the picked ones, else the first default lines. */
const drawnAgencies = (view: ExploreNeeds, trend: readonly string[] | null) => (view.agencies.length ? view.agencies : (trend ?? []).slice(0, trendCount(view.chart)));

/**
 * Whether loaded data can draw this view: the same metric, and every report loaded, or the
 * view's drawn agencies' shards (while another view's data is shown, a chart never draws from
 * a part of the reports as if it were all of them).
 */
export function exploreDataFits(d: ExploreData, view: ExploreNeeds, metric: Pick<MetricInfo, 'key'>, core: Pick<CoreManifest, 'shards'>): boolean {
  if (d.key !== metric.key) return false;
  if (d.shards === null) return true;
  if (needsEveryAgency(view) || (!view.agencies.length && d.trend === null)) return false;
  return drawnAgencies(view, d.trend).every((id) => d.shards!.has(shardOf(id, core.shards)));
}
