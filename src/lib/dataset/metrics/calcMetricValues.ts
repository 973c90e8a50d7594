/**
 * One report's value of every catalogue metric, in catalogue order. `null` where the cell is
 * blank, the report's template lacks the metric, or the report does not state it — never 0.
 * Channel metrics sum every figure of that channel and metric (several accounts of one
 * platform), approximate if any part is, with the report's wording joined by `；`.
 */
import { getPath } from '../../report/schema';
import type { Report } from '../../report/types';
import { DERIVED_METRICS } from './derivedMetrics';
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

export function calcMetricValues(report: Report): MetricValues {
  const values: (number | null)[] = METRIC_CATALOGUE.map((m) =>
    m.derived || m.key.startsWith('channels.') || !report.template || !m.templates.includes(report.template) ? null : asCell(getPath(report, m.key)),
  );

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
