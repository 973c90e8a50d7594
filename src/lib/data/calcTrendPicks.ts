/**
 * What a chart with no agency picked needs of every agency, worked out once by the build
 * (`<group>/<key>/top.json`): `trendAgencies` over every report of the metric's templates (the rows
 * Explore draws from with no year range or region filter), and the years with a value.
 */
import { trendAgencies } from '../explore/calcSeries';
import { calcMetricRows } from './calcMetricRows';
import type { ManifestIndex } from './calcManifestIndex';
import type { Manifest, MetricFile, MetricInfo } from './types';

/** Default lines kept per metric: small multiples draw 12, the line chart the first 5. */
export const TREND_PICKS = 12;

export function calcTrendPicks(manifest: Manifest, index: ManifestIndex, metric: Pick<MetricInfo, 'templates'>, file: MetricFile): { trend: string[]; valuedYears: number[] } {
  const rows = calcMetricRows(manifest, index, file, { templates: metric.templates });
  const valued = new Set<number>();
  for (const r of rows) if (r.value !== null) valued.add(r.year);
  return { trend: trendAgencies(rows, TREND_PICKS), valuedYears: [...valued].sort((a, b) => a - b) };
}
