/**
 * Every cell of tables 2–4 is a count (申请数, 件数, 决定数) except 本年增/减 (may be negative)
 * and the 万元 amounts (may have decimals). A count cell holding anything but a non-negative
 * integer below 2^53 (-5 decisions, 1370.5 applications) is not what the report means to say:
 * it is read as `null`, its evidence kept out, and a warning names the cell and the value.
 */
import { columnName, table2CellName, table3RowName, table4ColumnName, table4GroupName } from './rowNames';
import type { ReadState } from './readState';
import { cellPaths, setPath, type Table4GroupKey } from './schema';
import type { ApplicantColumn, Table4Column, Template } from './types';
import type { Tables } from './readTables';

const NOT_COUNT = /\.(?:itemChange|amountWanYuan)$/;

export function isCount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

function cellName(tables: Tables, path: string): string {
  const { template } = tables;
  const parts = path.split('.');
  // Table 2 and 3 paths exist only in a report with a template.
  if (parts[0] === 'active') return `表二${table2CellName((tables.table2Template ?? template)!, parts[1], parts[2])}`;
  if (parts[0] === 'applications')
    return `表三「${table3RowName(template!, parts.slice(1, -1).join('.'))}」${columnName(parts[parts.length - 1] as ApplicantColumn)}`;
  return `表四${table4GroupName(parts[0] as Table4GroupKey)}${table4ColumnName(parts[1] as Table4Column)}`;
}

interface CountCell {
  path: string;
  /** The path cut at its dots, to walk the tables without a lookup per cell. */
  parts: string[];
}

/** The count cells of a template pair (table 2's template, then tables 3–4's), in table order: built once each. */
const countPathCache = new Map<string, CountCell[]>();

function countCells(table2Template: Template | null, template: Template | null): CountCell[] {
  const key = `${table2Template}|${template}`;
  let cells = countPathCache.get(key);
  if (!cells) {
    const table2 = cellPaths(table2Template).filter((p) => p.startsWith('active.'));
    const paths = [...table2, ...cellPaths(template).filter((p) => !p.startsWith('active.'))].filter((p) => !NOT_COUNT.test(p));
    countPathCache.set(key, (cells = paths.map((path) => ({ path, parts: path.split('.') }))));
  }
  return cells;
}

/** The value at a cell's path, as getPath reads it. */
function valueAt(obj: unknown, parts: string[]): unknown {
  let cur = obj;
  for (let i = 0; i < parts.length; i++) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[parts[i]];
  }
  return cur;
}

export function flagNonCounts(tables: Tables, state: ReadState): void {
  const obj = tables as unknown as Record<string, unknown>;
  for (const { path, parts } of countCells(tables.table2Template ?? tables.template, tables.template)) {
    const value = valueAt(obj, parts);
    if (typeof value !== 'number' || isCount(value)) continue;
    setPath(obj, path, null);
    delete state.evidence[path];
    const why = value < 0 ? '是负数' : Number.isInteger(value) ? '超出可精确读取的范围' : '不是整数';
    state.warnings.push(`${cellName(tables, path)}：${value} ${why}，不是数量，记为空白`);
  }
}
