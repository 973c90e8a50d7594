/**
 * `csv/dictionary.csv`: what every column of the per-area CSVs (`csv/<group>.csv`) holds, so the
 * files themselves keep one header row of code keys (tidy for pandas, R, Excel). One row per
 * column: first the report columns every area file starts with, then each metric in catalogue
 * order — its area file, where it comes from (official table 2, 3 or 4 and its row and column;
 * a channel and its measure; the report's prose; a rate computed by the build; a series joined
 * across the 2021 template change), labels in Chinese and English, the unit of the numbers in
 * the CSV, the templates that have it, and a derived metric's formula.
 */
import { AREA_CSV_COLUMNS, type Label, type MetricUnit } from '../../data/types';
import { HARMONISATION } from '../metrics/harmonisation';
import { METRIC_CATALOGUE, type MetricDef } from '../metrics/metricCatalogue';
import { APPLICANT_COLUMN_LABELS, CHANNEL_LABELS, CHANNEL_METRIC_LABELS, TABLE2_FIELD_LABELS, TABLE2_ROW_LABELS, TABLE4_COLUMN_LABELS } from '../metrics/metricLabels';
import type { ApplicantColumn, ChannelKind, ChannelMetric, Table4Column } from '../../report/types';
import type { CsvCell } from './formatCsvRows';

export const DICTIONARY_COLUMNS = ['column', 'area', 'kind', 'table', 'row_zh', 'row_en', 'column_zh', 'column_en', 'label_zh', 'label_en', 'unit', 'unit_zh', 'unit_en', 'templates', 'formula_zh', 'formula_en'] as const;

/** The unit of the numbers as the CSV writes them (万元 stay 万元; shares are fractions). */
const UNITS: Record<MetricUnit, Label> = {
  count: { zh: '个数', en: 'count' },
  items: { zh: '项', en: 'items' },
  yuan: { zh: '元', en: 'yuan' },
  wanYuan: { zh: '万元', en: '10,000 yuan' },
  share: { zh: '比例（0–1 的小数）', en: 'fraction (0 to 1)' },
};

const REPORT_COLUMNS: Record<(typeof AREA_CSV_COLUMNS)[number], Label> = {
  report_id: { zh: '报告编号（reports/<编号>.json 为完整报告）', en: 'Report id (the full report is reports/<id>.json)' },
  agency_id: { zh: '机关编号（跨年份同一机关相同）', en: 'Agency id (the same agency across years)' },
  agency: { zh: '机关名称（最新报告所用名称）', en: "Agency name (as in the agency's latest report)" },
  province: { zh: '省级行政区', en: 'Province' },
  city: { zh: '地级行政区', en: 'Prefecture (city)' },
  county: { zh: '县级行政区', en: 'County' },
  level: { zh: '机关层级', en: 'Level of government' },
  year: { zh: '报告年度', en: 'Year the report covers' },
  template: { zh: '报告所用表格版本（2019 或 2021 年版）', en: 'National table template of the report (2019 or 2021)' },
  failed_checks: { zh: '未通过的一致性检查（以 ; 分隔）', en: 'Consistency checks that failed (separated by ;)' },
  synthetic: { zh: '合成数据（非真实报告）时为 true', en: 'true for synthetic (not real) reports' },
  source_url: { zh: '报告原文地址（已知时）', en: "The original report's address, where known" },
};

const NONE: Label = { zh: '', en: '' };
const HARMONISED = new Map(HARMONISATION.filter((h) => h.key.startsWith('series.')).map((h) => [h.key, h]));

interface Place {
  kind: 'cell' | 'harmonised' | 'channel' | 'prose' | 'derived';
  table: number | null;
  row: Label;
  column: Label;
}

function placeOf(m: MetricDef): Place {
  const parts = m.key.split('.');
  if (m.derived) return { kind: 'derived', table: null, row: m.label, column: NONE };
  if (parts[0] === 'channels') return { kind: 'channel', table: null, row: CHANNEL_LABELS[parts[1] as ChannelKind], column: CHANNEL_METRIC_LABELS[parts[2] as ChannelMetric] };
  if (parts[0] === 'active') return { kind: 'cell', table: 2, row: TABLE2_ROW_LABELS[parts[1]], column: TABLE2_FIELD_LABELS[parts[2]] };
  if (parts[0] === 'series') {
    const h = HARMONISED.get(m.row ?? m.key);
    const table = typeof h?.table === 'number' ? h.table : null;
    return { kind: 'harmonised', table, row: m.rowLabel ?? m.label, column: m.column ? APPLICANT_COLUMN_LABELS[m.column as ApplicantColumn] : NONE };
  }
  if (parts[0] === 'applications') return { kind: 'cell', table: 3, row: m.rowLabel ?? m.label, column: APPLICANT_COLUMN_LABELS[m.column as ApplicantColumn] };
  if (m.row && m.column) return { kind: 'cell', table: 4, row: m.rowLabel ?? m.label, column: TABLE4_COLUMN_LABELS[m.column as Table4Column] };
  return { kind: 'prose', table: null, row: m.label, column: NONE };
}

export function calcDictionaryRows(): CsvCell[][] {
  const report = AREA_CSV_COLUMNS.map((c): CsvCell[] => [c, null, 'report', null, null, null, null, null, REPORT_COLUMNS[c].zh, REPORT_COLUMNS[c].en, null, null, null, null, null, null]);
  const metrics = METRIC_CATALOGUE.map((m): CsvCell[] => {
    const p = placeOf(m);
    const u = UNITS[m.unit];
    return [m.key, m.group, p.kind, p.table, p.row.zh, p.row.en, p.column.zh || null, p.column.en || null, m.label.zh, m.label.en, m.unit, u.zh, u.en, m.templates.join(';'), m.derived?.formula.zh ?? null, m.derived?.formula.en ?? null];
  });
  return [[...DICTIONARY_COLUMNS], ...report, ...metrics];
}
