/**
 * One report's value of every catalogue metric, in catalogue order. `null` where the cell is
 * blank, the report's template lacks the metric, or the report does not state it — never 0.
 * Channel metrics sum every figure of that channel and metric (several accounts of one
 * platform), approximate if any part is, with the report's wording joined by `；`.
 */
import { getPath } from '../../report/schema';
import type { Report } from '../../report/types';
import { calcSeriesValue } from './calcSeriesValue';
import { DERIVED_METRICS } from './derivedMetrics';
import { HARMONISATION_BY_KEY, type HarmonisationRow } from './harmonisation';
import { METRIC_CATALOGUE, METRIC_INDEX } from './metricCatalogue';

export interface ChannelNote {
  /** Catalogue index. */
  index: number;
  approximate: boolean;
  label: string;
}

export interface MetricValues {
  values: (number | null)[];
  /** Channel metrics with a value, in catalogue order. */
  notes: ChannelNote[];
}

const asCell = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Joined series (`series.*`): the harmonisation row and, for table-3 rows, the column. */
const JOINED: ReadonlyMap<number, { row: HarmonisationRow; column?: string }> = new Map(
  METRIC_CATALOGUE.flatMap((m, i) => {
    if (!m.key.startsWith('series.')) return [];
    const row = HARMONISATION_BY_KEY.get(m.row ?? m.key);
    return row ? [[i, { row, column: m.row ? m.column : undefined }] as const] : [];
  }),
);

export function calcMetricValues(report: Report): MetricValues {
  const values: (number | null)[] = METRIC_CATALOGUE.map((m, i) => {
    if (!report.template) return null;
    const joined = JOINED.get(i);
    // A report mixing templates keeps table 2 in its own template's keys (`table2Template`).
    const template = m.key.startsWith('active.') || joined?.row.table === 2 ? (report.table2Template ?? report.template) : report.template;
    if (joined) return calcSeriesValue(joined.row.from[template], report, joined.column);
    return m.derived || m.key.startsWith('channels.') || !m.templates.includes(template) ? null : asCell(getPath(report, m.key));
  });

  const byIndex = new Map<number, { value: number; approximate: boolean; labels: string[] }>();
  for (const c of report.channels) {
    const index = METRIC_INDEX.get(`channels.${c.channel}.${c.metric}`);
    if (index === undefined || !Number.isFinite(c.value)) continue;
    const acc = byIndex.get(index) ?? { value: 0, approximate: false, labels: [] };
    acc.value += c.value;
    acc.approximate ||= c.approximate;
    if (c.label && !acc.labels.includes(c.label)) acc.labels.push(c.label);
    byIndex.set(index, acc);
  }
  const notes: ChannelNote[] = [...byIndex.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([index, acc]) => {
      values[index] = acc.value;
      return { index, approximate: acc.approximate, label: acc.labels.join('；') };
    });

  for (const d of DERIVED_METRICS) {
    values[METRIC_INDEX.get(d.key)!] = d.compute(d.derived.inputs.map((k) => values[METRIC_INDEX.get(k)!]));
  }
  return { values, notes };
}
