/**
 * A table cell's text on one line: nested `<p>`, `<span>`, `<div>` and `<br>`
 * flattened (block edges and line breaks become a space), `&nbsp;` a space,
 * never a tab (a tab would split the grid).
 */
import { cleanInline } from './cleanInline';
import { isHidden } from './isHidden';
import { childrenOf, isElement, isText, type Element, type Node } from './nodes';

const INLINE = new Set(['span', 'font', 'b', 'strong', 'i', 'em', 'u', 's', 'sub', 'sup', 'a', 'small', 'big', 'o:p', 'st1', 'label', 'abbr']);

export function readCellText(cell: Element, skip: ReadonlySet<Element>): string {
  let out = '';
  const stack: Node[] = [...childrenOf(cell)].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (isText(node)) {
      out += node.value;
      continue;
    }
    if (!isElement(node) || isHidden(node) || skip.has(node)) continue;
    if (!INLINE.has(node.tagName)) out += ' ';
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return cleanInline(out);
}
