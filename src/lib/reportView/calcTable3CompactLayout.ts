/**
 * Table 3 for narrow screens: one label column (kept in view while the numbers scroll), with
 * the groups of the official layout (三、本年度办理结果, （三）不予公开 …) as heading rows
 * above their rows instead of as spanning cells beside them.
 */
import { TABLE3, type Table3Row } from '../report/schema';
import type { Template } from '../report/types';

export type Table3CompactItem =
  | { kind: 'group'; text: string; depth: 1 | 2 }
  | { kind: 'row'; key: string; label: string; depth: 0 | 1 | 2 };

const RESULTS = '三、本年度办理结果';

export function calcTable3CompactLayout(template: Template): Table3CompactItem[] {
  const rows = TABLE3[template];
  const first = rows.findIndex((r) => r.key === 'granted');
  const last = rows.findIndex((r) => r.key === 'total');
  const subGroup = (r: Table3Row) => (r.group && r.group !== RESULTS ? r.group : null);

  const items: Table3CompactItem[] = [];
  rows.forEach((row, i) => {
    const inResults = i >= first && i <= last;
    if (i === first) items.push({ kind: 'group', text: RESULTS, depth: 1 });
    const group = inResults ? subGroup(row) : null;
    if (group && (i === first || subGroup(rows[i - 1]) !== group)) items.push({ kind: 'group', text: group, depth: 2 });
    items.push({ kind: 'row', key: row.key, label: row.label, depth: !inResults ? 0 : group ? 2 : 1 });
  });
  return items;
}
