/** Header and rows of `csv/<group>.csv`: one row per report, one column per metric of the group. */
import { AREA_CSV_COLUMNS, type AgencyEntry, type MetricGroup } from '../../data/types';
import type { KeptReport } from '../calcKeptReports';
import { METRIC_CATALOGUE } from '../metrics/metricCatalogue';
import type { CsvCell } from './formatCsvRows';

const indexesOf = (group: MetricGroup) => METRIC_CATALOGUE.flatMap((m, i) => (m.group === group ? [i] : []));

export function calcAreaHeader(group: MetricGroup): CsvCell[] {
  return [...AREA_CSV_COLUMNS, ...indexesOf(group).map((i) => METRIC_CATALOGUE[i].key)];
}

export function calcAreaRows(group: MetricGroup, kept: readonly KeptReport[], agencies: ReadonlyMap<string, AgencyEntry>): CsvCell[][] {
  const idx = indexesOf(group);
  return kept.map((k) => {
    const a = agencies.get(k.agency)!;
    const r = k.record;
    return [k.id, a.id, a.name, a.region.province, a.region.city, a.region.county, a.level, r.year, r.template, r.failedChecks.join(';'), r.synthetic ? 'true' : '', r.url, ...idx.map((i) => r.values[i])];
  });
}
