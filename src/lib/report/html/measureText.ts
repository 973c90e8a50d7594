/**
 * How much visible text each element holds, counted in non-space characters:
 * text in links apart from the rest (navigation is links), data tables and
 * pictures that could be tables inside.
 * Hidden subtrees count for nothing. Iterative, so a page of ten thousand
 * unclosed tags (nested ten thousand deep) cannot overflow the stack.
 */
import { isDataTable } from './isDataTable';
import { isHidden } from './isHidden';
import { isTableImage } from './isTableImage';
import { childrenOf, isElement, isText, type Element, type Node } from './nodes';

export interface TextMeasure {
  /** Visible characters outside links. */
  text: number;
  /** Visible characters inside `<a>`. */
  links: number;
  /** Data tables with text that is not links inside, the element itself included (not layout or link tables). */
  tables: number;
  /** Full stops (。) outside links: sentences of prose. */
  stops: number;
  /** Images that could be tables. */
  images: number;
}

const NON_SPACE = /\S/g;
const STOP = /。/g;

function countNonSpace(s: string): number {
  return s.match(NON_SPACE)?.length ?? 0;
}

interface Frame {
  el: Element;
  children: Node[];
  i: number;
  inLink: boolean;
  own: TextMeasure;
  parent: TextMeasure | null;
}

/**
 * Measure `root`'s subtree, storing every element's measure in `out`; `drop`
 * decides, bottom-up, whether an element is left out of its ancestors' counts.
 */
export function measureText(
  root: Element,
  out: Map<Element, TextMeasure>,
  drop: (el: Element, m: TextMeasure) => boolean,
): TextMeasure {
  const frame = (el: Element, inLink: boolean, parent: TextMeasure | null): Frame => ({
    el,
    children: childrenOf(el),
    i: 0,
    inLink: inLink || el.tagName === 'a',
    own: { text: 0, links: 0, tables: 0, stops: 0, images: el.tagName === 'img' && isTableImage(el) ? 1 : 0 },
    parent,
  });
  const stack: Frame[] = [frame(root, false, null)];
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (top.i < top.children.length) {
      const child = top.children[top.i++];
      if (isText(child)) {
        const n = countNonSpace(child.value);
        if (top.inLink) top.own.links += n;
        else {
          top.own.text += n;
          top.own.stops += child.value.match(STOP)?.length ?? 0;
        }
      } else if (isElement(child) && !isHidden(child)) stack.push(frame(child, top.inLink, top.own));
      continue;
    }
    stack.pop();
    if (top.el.tagName === 'table' && top.own.text > 0 && isDataTable(top.el)) top.own.tables++;
    out.set(top.el, top.own);
    if (!top.parent || drop(top.el, top.own)) continue;
    top.parent.text += top.own.text;
    top.parent.links += top.own.links;
    top.parent.tables += top.own.tables;
    top.parent.stops += top.own.stops;
    top.parent.images += top.own.images;
  }
  return out.get(root)!;
}
