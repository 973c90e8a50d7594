/**
 * Row labels of table 3 as in the official layout: three label columns, where
 * 三、本年度办理结果 spans its rows, each sub-group ((三)不予公开 …) spans its numbered rows,
 * and rows without a sub-group take the columns they do not share.
 */
import { TABLE3, type Table3Row } from '../report/schema';
import type { Template } from '../report/types';

export interface LabelCell {
  text: string;
  colspan: number;
  rowspan: number;
}

export interface Table3LayoutRow {
  /** Dot path under `applications`. */
  key: string;
  /** The label cells this row starts, left to right (spanned cells are left out). */
  labels: LabelCell[];
}

const RESULTS = '三、本年度办理结果';

export function calcTable3Layout(template: Template): Table3LayoutRow[] {
  const rows = TABLE3[template];
  const first = rows.findIndex((r) => r.key === 'granted');
  const last = rows.findIndex((r) => r.key === 'total');
  const subGroup = (r: Table3Row) => (r.group && r.group !== RESULTS ? r.group : null);

  return rows.map((row, i) => {
    if (i < first || i > last) return { key: row.key, labels: [{ text: row.label, colspan: 3, rowspan: 1 }] };
    const labels: LabelCell[] = [];
    if (i === first) labels.push({ text: RESULTS, colspan: 1, rowspan: last - first + 1 });
    const group = subGroup(row);
    if (!group) {
      labels.push({ text: row.label, colspan: 2, rowspan: 1 });
    } else {
      if (i === first || subGroup(rows[i - 1]) !== group) {
        let span = 1;
        while (i + span <= last && subGroup(rows[i + span]) === group) span++;
        labels.push({ text: group, colspan: 1, rowspan: span });
      }
      labels.push({ text: row.label, colspan: 1, rowspan: 1 });
    }
    return { key: row.key, labels };
  });
}
