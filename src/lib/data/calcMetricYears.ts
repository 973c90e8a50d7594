/**
 * The years a metric can be shown for: every year from the first to the last
 * with a report of one of the metric's templates.
 * A 2021-template-only metric thus never shows 2019–2020 (as zeros or as gaps).
 */
import { templateFits } from './templateFits';
import type { CoreManifest, MetricInfo } from './types';

export function calcMetricYears(core: Pick<CoreManifest, 'reportYears'>, metric: Pick<MetricInfo, 'templates'>): number[] {
  const years = new Set<number>();
  for (const t of core.reportYears) if (templateFits(metric.templates, t.template)) for (const y of t.years) years.add(y);
  if (years.size === 0) return [];
  // Every year from the first to the last, so that the x axis is even and a missing year is a gap.
  const min = Math.min(...years);
  const max = Math.max(...years);
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}
