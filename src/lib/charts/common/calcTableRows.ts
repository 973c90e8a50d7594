/**
 * The rows a chart's data table shows: those whose name contains the search (case and width of
 * Latin letters ignored), sorted by one column — numbers by value, text by the Chinese collation;
 * blanks and missing cells always last, whichever the direction; ties keep the chart's order.
 */
export interface TableSort {
  column: string;
  descending: boolean;
}

export interface TableRowsOptions<T> {
  query: string;
  nameOf: (row: T) => string;
  /** The cell a sort reads: a number, a text, or null for blank / missing. */
  cellOf: (row: T, column: string) => number | string | null;
  sort: TableSort | null;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });
const fold = (s: string) => s.normalize('NFKC').toLowerCase();

export function calcTableRows<T>(rows: readonly T[], options: TableRowsOptions<T>): T[] {
  const q = fold(options.query.trim());
  const kept = q ? rows.filter((r) => fold(options.nameOf(r)).includes(q)) : [...rows];
  const sort = options.sort;
  if (!sort) return kept;
  const dir = sort.descending ? -1 : 1;
  return kept
    .map((row, i) => ({ row, i, cell: options.cellOf(row, sort.column) }))
    .sort((a, b) => {
      if (a.cell === null || b.cell === null) return a.cell === b.cell ? a.i - b.i : a.cell === null ? 1 : -1;
      const c = typeof a.cell === 'number' && typeof b.cell === 'number' ? a.cell - b.cell : collator.compare(String(a.cell), String(b.cell));
      return c * dir || a.i - b.i;
    })
    .map((x) => x.row);
}

/** Next sort after a click on `column`: ascending, then descending, then the chart's order. */
export function nextSort(current: TableSort | null, column: string, numeric: boolean): TableSort | null {
  // Numbers are read largest first; names A→Z.
  const first = numeric;
  if (!current || current.column !== column) return { column, descending: first };
  if (current.descending === first) return { column, descending: !first };
  return null;
}
