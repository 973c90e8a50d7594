/**
 * One metric's values joined with the manifest: a row per report that passes the filter, with
 * what a tooltip needs (agency name, year, template, approximate flag, the report's wording,
 * failed checks). `null` values are kept as `null` (blank), never 0.
 */
import type { CheckRule, Template } from '../report/types';
import type { ManifestIndex } from './calcManifestIndex';
import { templateFits } from './templateFits';
import type { Manifest, MetricFile } from './types';

export interface MetricRow {
  report: string;
  agency: string;
  /** Agency display name (the manifest's, same across years). */
  name: string;
  year: number;
  template: Template | null;
  value: number | null;
  approximate: boolean;
  /** The report's own words for the channel(s), for channel metrics. */
  label: string | null;
  failedChecks: CheckRule[];
  /** The report has no tables to read (e.g. a page without its body): a line may bridge its year. */
  noTables?: true;
  /** Set by a chart mode (../charts/trend/applyChartMode.ts): the change against the agency's previous report. */
  change?: import('../charts/trend/calcYearChange').YearChange | null;
  /** Set when `value` is a change or an index: the value the report gives. */
  reported?: number | null;
  /** Index mode: the year whose value is 100. */
  indexBase?: number;
}

export interface RowFilter {
  /** Only these agencies (ids); null = every agency. */
  agencies?: ReadonlySet<string> | null;
  years?: [number, number] | null;
  /** Only these years' reports of these templates (the metric's). */
  templates?: readonly Template[];
  /** Keep the agency's rows only if this test passes (region / level filters). */
  agencyTest?: ((agencyId: string) => boolean) | null;
}

export function calcMetricRows(manifest: Manifest, index: ManifestIndex, file: MetricFile, filter: RowFilter = {}): MetricRow[] {
  const rows: MetricRow[] = [];
  const { agencies, years, templates, agencyTest } = filter;
  const seen = new Set<string>();
  manifest.reports.forEach((r, i) => {
    if (r.year === null) return;
    if (agencies && !agencies.has(r.agency)) return;
    if (years && (r.year < years[0] || r.year > years[1])) return;
    if (templates && !templateFits(templates, r.template)) return;
    if (agencyTest && !agencyTest(r.agency)) return;
    // A second report of the same agency and year (a conflict) is listed on the data-quality page; charts show the first.
    const key = `${r.agency}|${r.year}`;
    if (seen.has(key)) return;
    seen.add(key);
    rows.push({
      report: r.id,
      agency: r.agency,
      name: index.agencyById.get(r.agency)?.name ?? r.name,
      year: r.year,
      template: r.template,
      value: file.values[i] ?? null,
      approximate: file.approximate?.[i] ?? false,
      label: file.labels?.[i] ?? null,
      failedChecks: r.failedChecks,
      ...(r.noTables ? { noTables: true as const } : {}),
    });
  });
  return rows;
}
