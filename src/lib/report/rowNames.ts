/** Short Chinese names of rows and cells, for check messages and warnings. */
import { TABLE2, TABLE3, TABLE3_COLUMN_LABELS, TABLE4_COLUMN_LABELS, TABLE4_GROUP_LABELS, type Table4GroupKey } from './schema';
import type { ApplicantColumn, Table4Column, Template } from './types';

const stripEnumerator = (s: string) => s.replace(/^[一二三四五六七]、|^（.）|^\d\./, '').replace(/（区分处理的.*$/, '');

/** Names are asked for per cell of every report (checks, warnings): each is made once, per template and schema key. */
const table3Names: Record<Template, Map<string, string>> = { '2019': new Map(), '2021': new Map() };
const table2Names: Record<Template, Map<string, string>> = { '2019': new Map(), '2021': new Map() };

export function table3RowName(template: Template, key: string): string {
  const names = table3Names[template];
  let name = names.get(key);
  if (name === undefined) names.set(key, (name = makeTable3RowName(template, key)));
  return name;
}

function makeTable3RowName(template: Template, key: string): string {
  const row = TABLE3[template].find((r) => r.key === key);
  if (!row) return key;
  const group = row.group && row.label.match(/^\d\./) ? stripEnumerator(row.group) + '·' : '';
  return group + stripEnumerator(row.label);
}

export function table2CellName(template: Template, rowKey: string, field: string): string {
  const names = table2Names[template];
  const at = `${rowKey}.${field}`;
  let name = names.get(at);
  if (name === undefined) names.set(at, (name = makeTable2CellName(template, rowKey, field)));
  return name;
}

function makeTable2CellName(template: Template, rowKey: string, field: string): string {
  for (const block of TABLE2[template]) {
    const row = block.rows.find((r) => r.key === rowKey);
    if (row) return `「${row.label}」${block.headers[row.fields.indexOf(field)] ?? field}`;
  }
  return `${rowKey}.${field}`;
}

export const columnName = (c: ApplicantColumn) => TABLE3_COLUMN_LABELS[c];
export const table4GroupName = (g: Table4GroupKey) => TABLE4_GROUP_LABELS[g];
export const table4ColumnName = (c: Table4Column) => TABLE4_COLUMN_LABELS[c];
