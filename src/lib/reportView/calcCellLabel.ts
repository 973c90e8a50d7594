/**
 * Where a cell sits in the official tables, in words: `表二 行政许可 · 本年处理决定数量`,
 * `表三 （三）不予公开 5.属于三类内部事务信息 · 自然人`, `表四 行政复议 · 结果纠正`.
 */
import {
  TABLE2,
  TABLE3,
  TABLE3_COLUMN_LABELS,
  TABLE4_COLUMN_LABELS,
  TABLE4_GROUP_LABELS,
  type Table4GroupKey,
} from '../report/schema';
import type { ApplicantColumn, Table4Column, Template } from '../report/types';

export function calcCellLabel(template: Template | null, path: string): string {
  const parts = path.split('.');
  if (parts[0] === 'active') {
    // Table 2 may follow the other template's headers (a report mixing both): look in both, its own first.
    for (const block of template ? [...TABLE2[template], ...TABLE2[template === '2019' ? '2021' : '2019']] : [])
      for (const row of block.rows)
        if (row.key === parts[1]) {
          const i = row.fields.indexOf(parts[2]);
          return `表二 ${row.label} · ${block.headers[i] ?? parts[2]}`;
        }
  }
  if (parts[0] === 'applications') {
    const key = parts.slice(1, -1).join('.');
    const col = parts[parts.length - 1] as ApplicantColumn;
    const row = template && TABLE3[template].find((r) => r.key === key);
    if (row) {
      const group = row.group && row.group !== '三、本年度办理结果' ? `${row.group} ` : '';
      return `表三 ${group}${row.label} · ${TABLE3_COLUMN_LABELS[col] ?? col}`;
    }
  }
  if (parts[0] in TABLE4_GROUP_LABELS && parts.length === 2) {
    return `表四 ${TABLE4_GROUP_LABELS[parts[0] as Table4GroupKey]} · ${TABLE4_COLUMN_LABELS[parts[1] as Table4Column] ?? parts[1]}`;
  }
  return path;
}
