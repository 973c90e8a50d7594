/**
 * The printed rows of tables 2–4 and the cell paths on each: a row is the unit
 * a layout without cell structure can lose (one missing number nulls the row).
 * Table 4 prints its 15 cells on one row, named `table4`.
 */
import { APPLICANT_COLUMNS, TABLE4_COLUMNS, type Template } from '../types';
import { TABLE2, TABLE3, TABLE4_GROUPS } from '../schema';

export interface PrintedRow {
  /** `active.licensing`, `applications.denied.stateSecret` or `table4`. */
  row: string;
  cells: string[];
}

export function listTableRows(template: Template): PrintedRow[] {
  const rows: PrintedRow[] = [];
  for (const block of TABLE2[template])
    for (const r of block.rows) rows.push({ row: `active.${r.key}`, cells: r.fields.map((f) => `active.${r.key}.${f}`) });
  for (const r of TABLE3[template])
    rows.push({ row: `applications.${r.key}`, cells: APPLICANT_COLUMNS.map((c) => `applications.${r.key}.${c}`) });
  rows.push({ row: 'table4', cells: TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => `${g}.${c}`)) });
  return rows;
}
