/**
 * The long table as Parquet (`parquet/figures.parquet`): the same rows and columns as
 * `csv/figures.csv.gz` (`calcFigureIndexes`), typed — `year` INT32, `value` DOUBLE, `approximate`
 * BOOLEAN — and blanks as Parquet nulls, not empty strings. Written with hyparquet-writer, one
 * row group per 500 reports (about 100,000 rows), so memory holds one group of columns. Pure:
 * the caller passes the byte sink (a file in the build, a buffer in the import worker).
 * Deterministic: no timestamps; Snappy, dictionary-encoded strings.
 */
import type { SchemaElement } from 'hyparquet';
import { ParquetWriter, type Writer } from 'hyparquet-writer';
import { FIGURES_CSV_COLUMNS, type AgencyEntry } from '../../data/types';
import type { KeptReport } from '../calcKeptReports';
import { calcFigureIndexes } from '../csv/calcFigureIndexes';
import { METRIC_CATALOGUE } from '../metrics/metricCatalogue';

type Column = (typeof FIGURES_CSV_COLUMNS)[number];

const TYPES: Record<Column, Pick<SchemaElement, 'type' | 'converted_type' | 'repetition_type'>> = {
  report_id: { type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
  agency_id: { type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
  agency: { type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
  province: { type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
  city: { type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
  county: { type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
  year: { type: 'INT32', repetition_type: 'OPTIONAL' },
  template: { type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
  metric: { type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
  metric_label: { type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
  applicant_column: { type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
  value: { type: 'DOUBLE', repetition_type: 'OPTIONAL' },
  approximate: { type: 'BOOLEAN', repetition_type: 'REQUIRED' },
  failed_checks: { type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
};

export const FIGURES_PARQUET_SCHEMA: SchemaElement[] = [
  { name: 'root', num_children: FIGURES_CSV_COLUMNS.length },
  ...FIGURES_CSV_COLUMNS.map((name): SchemaElement => ({ name, ...TYPES[name] })),
];

const REPORTS_PER_GROUP = 500;
const APPLICANT_COLUMN = METRIC_CATALOGUE.map((m) => (m.key.startsWith('applications.') ? (m.column ?? null) : null));

/** The columns of the rows of some reports. */
export function calcFigureColumns(kept: readonly KeptReport[], agencies: ReadonlyMap<string, AgencyEntry>): Record<Column, unknown[]> {
  const cols = Object.fromEntries(FIGURES_CSV_COLUMNS.map((c) => [c, [] as unknown[]])) as Record<Column, unknown[]>;
  for (const k of kept) {
    const a = agencies.get(k.agency)!;
    const r = k.record;
    const approximate = new Map(r.notes.map((n) => [n.index, n.approximate]));
    const failed = r.failedChecks.length ? r.failedChecks.join(';') : null;
    for (const i of calcFigureIndexes(r)) {
      cols.report_id.push(k.id);
      cols.agency_id.push(a.id);
      cols.agency.push(a.name);
      cols.province.push(a.region.province);
      cols.city.push(a.region.city);
      cols.county.push(a.region.county);
      cols.year.push(r.year);
      cols.template.push(r.template);
      cols.metric.push(METRIC_CATALOGUE[i].key);
      cols.metric_label.push(METRIC_CATALOGUE[i].label.zh);
      cols.applicant_column.push(APPLICANT_COLUMN[i]);
      cols.value.push(r.values[i]);
      cols.approximate.push(approximate.get(i) === true);
      cols.failed_checks.push(failed);
    }
  }
  return cols;
}

/** Writes the whole file to `writer` and calls its `finish()`; awaits the writer's flushes between row groups. */
export async function writeFiguresParquet(writer: Writer, kept: readonly KeptReport[], agencies: ReadonlyMap<string, AgencyEntry>): Promise<void> {
  const pq = new ParquetWriter({ writer, schema: FIGURES_PARQUET_SCHEMA, createdBy: 'gov-disclosure-reports' });
  for (let i = 0; i < kept.length; i += REPORTS_PER_GROUP) {
    const cols = calcFigureColumns(kept.slice(i, i + REPORTS_PER_GROUP), agencies);
    const rows = cols.report_id.length;
    if (rows === 0) continue;
    await pq.write({ columnData: FIGURES_CSV_COLUMNS.map((name) => ({ name, data: cols[name] })), rowGroupSize: rows });
  }
  await pq.finish();
}
