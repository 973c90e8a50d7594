/**
 * A data `<table>` → its rows on the full grid, as the HTML table model places
 * cells: `rowspan`/`colspan` expanded, a spanned cell's text in its first grid
 * cell and the cells it covers left empty, short rows padded to the table's
 * width, empty cells kept as empty fields. Rows left without any text (spacer
 * rows, rows wholly covered by spans) are dropped.
 */
import { readCellText } from './readCellText';
import { attrOf, childrenOf, isElement, type Element } from './nodes';

/** As browsers clamp them (HTML: colspan ≤ 1000, rowspan ≤ 65534). */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

function span(el: Element, name: string, max: number, zero: number): number {
  const raw = attrOf(el, name);
  if (raw === null) return 1;
  const n = parseInt(raw.trim(), 10);
  if (!Number.isFinite(n) || n < 0) return 1;
  if (n === 0) return zero;
  return Math.min(n, max);
}

/** The table's row groups in document order: thead, tbodies, tfoot, and bare rows (parse5 wraps those in a tbody). */
function rowGroups(table: Element): Element[][] {
  const groups: Element[][] = [];
  for (const node of childrenOf(table)) {
    if (!isElement(node)) continue;
    if (node.tagName === 'tr') groups.push([node]);
    else if (node.tagName === 'thead' || node.tagName === 'tbody' || node.tagName === 'tfoot')
      groups.push(childrenOf(node).filter((n): n is Element => isElement(n) && n.tagName === 'tr'));
  }
  return groups;
}

export function readTableGrid(table: Element, skip: ReadonlySet<Element>): string[][] {
  const rows: string[][] = [];
  let width = 0;
  for (const group of rowGroups(table)) {
    // Row spans never reach past their row group.
    const grid: (string | undefined)[][] = group.map(() => []);
    group.forEach((tr, r) => {
      let c = 0;
      for (const cell of childrenOf(tr)) {
        if (!isElement(cell) || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
        while (grid[r][c] !== undefined) c++;
        const colspan = span(cell, 'colspan', MAX_COLSPAN, 1);
        const rowspan = Math.min(span(cell, 'rowspan', MAX_ROWSPAN, group.length - r), group.length - r);
        const text = skip.has(cell) ? '' : readCellText(cell, skip);
        for (let dr = 0; dr < rowspan; dr++)
          for (let dc = 0; dc < colspan; dc++) grid[r + dr][c + dc] = dr === 0 && dc === 0 ? text : '';
        c += colspan;
      }
    });
    for (const row of grid) {
      width = Math.max(width, row.length);
      rows.push(Array.from(row, (f) => f ?? ''));
    }
  }
  return rows.filter((r) => r.some((f) => f !== '')).map((r) => (r.length < width ? [...r, ...Array(width - r.length).fill('')] : r));
}
