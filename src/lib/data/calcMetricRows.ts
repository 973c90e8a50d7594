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
  const { reports } = manifest;
  const { values, approximate, labels } = file;
  // Reports are sorted by agency, then year: a second report of the same agency and year (a conflict) comes
  // right after the first. It is listed on the data-quality page; charts show the first.
  let last: MetricRow | null = null;
  let agencyId = '';
  let agencyName: string | undefined;
  let passes = true;
  for (let i = 0; i < reports.length; i++) {
    const r = reports[i];
    if (r.year === null) continue;
    if (r.agency !== agencyId) {
      agencyId = r.agency;
      agencyName = index.agencyById.get(agencyId)?.name;
      passes = (!agencies || agencies.has(agencyId)) && (!agencyTest || agencyTest(agencyId));
    }
    if (!passes) continue;
    if (years && (r.year < years[0] || r.year > years[1])) continue;
    if (templates && !templateFits(templates, r.template)) continue;
    if (last && last.agency === agencyId && last.year === r.year) continue;
    const row: MetricRow = {
      report: r.id,
      agency: agencyId,
      name: agencyName ?? r.name,
      year: r.year,
      template: r.template,
      value: values[i] ?? null,
      approximate: approximate?.[i] ?? false,
      label: labels?.[i] ?? null,
      failedChecks: r.failedChecks,
    };
    if (r.noTables) row.noTables = true;
    rows.push(row);
    last = row;
  }
  return rows;
}
