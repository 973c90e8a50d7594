/**
 * A `<table>` of data (read on its grid) rather than of page layout (read as
 * blocks): it holds no other table, and no cell holds a long text. The report
 * tables' longest cell, the 勾稽关系 note, is under fifty characters; a layout
 * cell holds paragraphs.
 */
import { childrenOf, isElement, isText, type Element, type Node } from './nodes';

const MAX_CELL_CHARS = 150;

const known = new WeakMap<Element, boolean>();

export function isDataTable(table: Element): boolean {
  let is = known.get(table);
  if (is === undefined) known.set(table, (is = readsAsData(table)));
  return is;
}

function readsAsData(table: Element): boolean {
  const stack: { node: Node; cell: { chars: number } | null }[] = childrenOf(table).map((node) => ({ node, cell: null }));
  let cells = 0;
  while (stack.length) {
    const { node, cell } = stack.pop()!;
    if (isText(node)) {
      if (cell && (cell.chars += node.value.replace(/\s+/g, '').length) > MAX_CELL_CHARS) return false;
      continue;
    }
    if (!isElement(node)) continue;
    if (node.tagName === 'table') return false;
    let own = cell;
    if (node.tagName === 'td' || node.tagName === 'th') {
      cells++;
      own = { chars: 0 };
    }
    for (const child of childrenOf(node)) stack.push({ node: child, cell: own });
  }
  return cells > 1;
}
