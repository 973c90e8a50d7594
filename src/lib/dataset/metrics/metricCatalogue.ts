/**
 * The metric catalogue: every figure a chart can show, in display order (group, then table
 * order), with labels, unit and the templates that have it. Keys are dot paths into the report
 * JSON, `channels.<channel>.<metric>`, or `derived.<name>` (see ./derivedMetrics.ts).
 */
import type { MetricGroup, MetricInfo } from '../../data/types';
import { TABLE2, TABLE3, TABLE4_GROUPS, TEMPLATES } from '../../report/schema';
import { APPLICANT_COLUMNS, TABLE4_COLUMNS, type ChannelKind, type ChannelMetric, type Template } from '../../report/types';
import { DERIVED_METRICS } from './derivedMetrics';
import { HARMONISATION } from './harmonisation';
import {
  APPLICANT_COLUMN_LABELS,
  CHANNEL_LABELS,
  CHANNEL_METRIC_LABELS,
  NARRATIVE_LABELS,
  TABLE2_FIELD_LABELS,
  TABLE2_ROW_LABELS,
  TABLE3_ROW_LABELS,
  TABLE4_COLUMN_LABELS,
  TABLE4_GROUP_LABELS,
} from './metricLabels';

/** A catalogue entry before the build counts its values. */
export type MetricDef = Omit<MetricInfo, 'count' | 'file'>;

export const CHANNEL_KINDS: readonly ChannelKind[] = ['website', 'gov_platform', 'weibo', 'wechat', 'wechat_channels', 'douyin', 'kuaishou', 'toutiao', 'news_media', 'press_conference', 'other', 'all'];
export const CHANNEL_METRICS: readonly ChannelMetric[] = ['posts', 'followers', 'views', 'replies'];
const BOTH: Template[] = ['2019', '2021'];
const FEE_ROWS = new Set(['fees', 'procurement']);

/** Table 2 cells: union over both templates, keeping the first template's order. */
function table2(group: MetricGroup, pick: (row: string) => boolean): MetricDef[] {
  const byKey = new Map<string, MetricDef>();
  for (const template of ['2021', '2019'] as const) {
    for (const block of TABLE2[template])
      for (const row of block.rows.filter((r) => pick(r.key)))
        for (const field of row.fields) {
          const key = `active.${row.key}.${field}`;
          const found = byKey.get(key);
          if (found) {
            found.templates = TEMPLATES.filter((t) => t === template || found.templates.includes(t));
            continue;
          }
          const rowLabel = TABLE2_ROW_LABELS[row.key];
          const fieldLabel = TABLE2_FIELD_LABELS[field];
          byKey.set(key, {
            key,
            group,
            label: { zh: `${rowLabel.zh}·${fieldLabel.zh}`, en: `${rowLabel.en}: ${fieldLabel.en}` },
            unit: field === 'amountWanYuan' ? 'wanYuan' : field === 'previousItems' || field === 'itemChange' ? 'items' : 'count',
            templates: [template],
          });
        }
  }
  return [...byKey.values()];
}

/** Harmonised series whose two templates keep the concept under different paths (`series.*`). */
const joined = (table: 2 | 3) => HARMONISATION.filter((h) => h.table === table && h.key.startsWith('series.'));

function table2Series(): MetricDef[] {
  return joined(2).map((h) => ({ key: h.key, group: 'enforcement', label: h.label, unit: 'count', templates: BOTH }));
}

function table3Series(): MetricDef[] {
  return joined(3).flatMap((h) =>
    APPLICANT_COLUMNS.map((column): MetricDef => ({
      key: `${h.key}.${column}`,
      group: 'applications',
      label: { zh: `${h.label.zh}（${APPLICANT_COLUMN_LABELS[column].zh}）`, en: `${h.label.en} (${APPLICANT_COLUMN_LABELS[column].en})` },
      row: h.key,
      rowLabel: h.label,
      column,
      unit: 'count',
      templates: BOTH,
    })),
  );
}

function table3(): MetricDef[] {
  const rows = [...TABLE3['2021'], ...TABLE3['2019'].filter((r) => r.key === 'otherDisposal.all')];
  const order = [...rows.filter((r) => r.key !== 'total' && r.key !== 'carriedForward'), ...rows.filter((r) => r.key === 'total' || r.key === 'carriedForward')];
  const cells = order.flatMap((row) => {
    const templates = TEMPLATES.filter((t) => TABLE3[t].some((r) => r.key === row.key));
    const rowLabel = TABLE3_ROW_LABELS[row.key];
    return APPLICANT_COLUMNS.map((column): MetricDef => ({
      key: `applications.${row.key}.${column}`,
      group: 'applications',
      label: { zh: `${rowLabel.zh}（${APPLICANT_COLUMN_LABELS[column].zh}）`, en: `${rowLabel.en} (${APPLICANT_COLUMN_LABELS[column].en})` },
      row: `applications.${row.key}`,
      rowLabel,
      column,
      unit: 'count',
      templates,
    }));
  });
  // The joined （六） row goes where the 2021 sub-rows start.
  const at = cells.findIndex((m) => m.key.startsWith('applications.otherDisposal.'));
  return [...cells.slice(0, at), ...table3Series(), ...cells.slice(at)];
}

function table4(): MetricDef[] {
  return TABLE4_GROUPS.flatMap((g) =>
    TABLE4_COLUMNS.map((column): MetricDef => ({
      key: `${g}.${column}`,
      group: 'review',
      label: { zh: `${TABLE4_GROUP_LABELS[g].zh}·${TABLE4_COLUMN_LABELS[column].zh}`, en: `${TABLE4_GROUP_LABELS[g].en}: ${TABLE4_COLUMN_LABELS[column].en}` },
      row: g,
      rowLabel: TABLE4_GROUP_LABELS[g],
      column,
      unit: 'count',
      templates: BOTH,
    })),
  );
}

const narrative = (key: string, group: MetricGroup, unit: MetricDef['unit'] = 'count'): MetricDef => ({ key, group, label: NARRATIVE_LABELS[key], unit, templates: BOTH });

function channels(): MetricDef[] {
  return CHANNEL_KINDS.flatMap((kind) =>
    CHANNEL_METRICS.map((metric): MetricDef => ({
      key: `channels.${kind}.${metric}`,
      group: 'channels',
      label: { zh: `${CHANNEL_LABELS[kind].zh}·${CHANNEL_METRIC_LABELS[metric].zh}`, en: `${CHANNEL_LABELS[kind].en}: ${CHANNEL_METRIC_LABELS[metric].en}` },
      unit: 'count',
      templates: BOTH,
      approximate: true,
    })),
  );
}

const derived = (group: MetricGroup): MetricDef[] =>
  DERIVED_METRICS.filter((d) => d.group === group).map(({ compute: _, ...def }) => def);

export const METRIC_CATALOGUE: readonly MetricDef[] = [
  narrative('narrative.proactiveTotal', 'channels'),
  ...channels(),
  ...table2Series(),
  ...table2('enforcement', (row) => !FEE_ROWS.has(row)),
  ...table3(),
  ...derived('applications'),
  ...[
    'narrative.applicationsReceived',
    'narrative.applicationsAnswered',
    'narrative.applicationsByChannel.online',
    'narrative.applicationsByChannel.written',
    'narrative.applicationsByChannel.mail',
    'narrative.applicationsByChannel.inPerson',
    'narrative.applicationsByChannel.other',
  ].map((k) => narrative(k, 'applications')),
  ...table4(),
  ...derived('review'),
  ...table2('fees', (row) => FEE_ROWS.has(row)),
  narrative('infoProcessingFeeYuan', 'fees', 'yuan'),
];

/** Position of each key in the catalogue: the index of its value in a report's value row. */
export const METRIC_INDEX: ReadonlyMap<string, number> = new Map(METRIC_CATALOGUE.map((m, i) => [m.key, i]));

/** `<group>/<key>.json`. */
export const metricFile = (m: Pick<MetricDef, 'group' | 'key'>) => `${m.group}/${m.key}.json`;
