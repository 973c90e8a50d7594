/**
 * The long table as Parquet (`parquet/figures.parquet`): the same rows and columns as
 * `csv/figures.csv.gz` (`calcFigureIndexes`), typed — `year` INT32, `value` DOUBLE, `approximate`
 * BOOLEAN — and blanks as Parquet nulls, not empty strings. Written with hyparquet-writer, one
 * row group per 1,000 reports (about 200,000 rows), so memory holds one group of columns. Pure:
 * the caller passes the byte sink (a file in the build, a buffer in the import worker).
 * Deterministic: no timestamps; Snappy, dictionary-encoded strings.
 */
import { ParquetWriter, type SchemaElement, type Writer } from 'hyparquet-writer';
import { FIGURES_CSV_COLUMNS, type AgencyEntry } from '../../data/types';
import { calcFigureIndexes, type FigureReport } from '../csv/calcFigureIndexes';
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

const REPORTS_PER_GROUP = 1000;
const APPLICANT_COLUMN = METRIC_CATALOGUE.map((m) => (m.key.startsWith('applications.') ? (m.column ?? null) : null));

/**
 * How each column is written: strings repeat (a report's own columns over its ~200 rows, a
 * metric's over every report) so they are dictionary-encoded without the writer's trial;
 * statistics (min/max, for readers that skip row groups) only where a filter would use them.
 */
const ENCODING: Partial<Record<Column, 'RLE_DICTIONARY' | 'PLAIN' | 'RLE'>> = { value: 'PLAIN', approximate: 'RLE' };
const STATISTICS = new Set<Column>(['year', 'value']);

/** The columns of the rows of some reports. */
export function calcFigureColumns(kept: readonly FigureReport[], agencies: ReadonlyMap<string, AgencyEntry>): Record<Column, unknown[]> {
  const picked = kept.map((k) => calcFigureIndexes(k.record));
  const total = picked.reduce((n, p) => n + p.length, 0);
  const cols = Object.fromEntries(FIGURES_CSV_COLUMNS.map((c) => [c, new Array<unknown>(total)])) as Record<Column, unknown[]>;
  let at = 0;
  kept.forEach((k, j) => {
    const a = agencies.get(k.agency)!;
    const r = k.record;
    const rows = picked[j];
    const end = at + rows.length;
    cols.report_id.fill(k.id, at, end);
    cols.agency_id.fill(a.id, at, end);
    cols.agency.fill(a.name, at, end);
    cols.province.fill(a.region.province, at, end);
    cols.city.fill(a.region.city, at, end);
    cols.county.fill(a.region.county, at, end);
    cols.year.fill(r.year, at, end);
    cols.template.fill(r.template, at, end);
    cols.failed_checks.fill(r.failedChecks.length ? r.failedChecks.join(';') : null, at, end);
    cols.approximate.fill(false, at, end);
    const approximate = new Set(r.notes.flatMap((n) => (n.approximate ? [n.index] : [])));
    for (let x = 0; x < rows.length; x++) {
      const i = rows[x];
      cols.metric[at + x] = METRIC_CATALOGUE[i].key;
      cols.metric_label[at + x] = METRIC_CATALOGUE[i].label.zh;
      cols.applicant_column[at + x] = APPLICANT_COLUMN[i];
      cols.value[at + x] = r.values[i];
      if (approximate.has(i)) cols.approximate[at + x] = true;
    }
    at = end;
  });
  return cols;
}

/** Writes the whole file to `writer` and calls its `finish()`; awaits the writer's flushes between row groups. */
export async function writeFiguresParquet(writer: Writer, kept: readonly FigureReport[], agencies: ReadonlyMap<string, AgencyEntry>): Promise<void> {
  const pq = new ParquetWriter({ writer, schema: FIGURES_PARQUET_SCHEMA, createdBy: 'gov-disclosure-reports' });
  for (let i = 0; i < kept.length; i += REPORTS_PER_GROUP) {
    const cols = calcFigureColumns(kept.slice(i, i + REPORTS_PER_GROUP), agencies);
    const rows = cols.report_id.length;
    if (rows === 0) continue;
    await pq.write({
      columnData: FIGURES_CSV_COLUMNS.map((name) => ({ name, data: cols[name], encoding: ENCODING[name] ?? 'RLE_DICTIONARY', statistics: STATISTICS.has(name) })),
      rowGroupSize: rows,
    });
  }
  await pq.finish();
}
