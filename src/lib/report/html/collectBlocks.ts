/**
 * The content element → blocks in reading order: prose blocks (each block
 * element a paragraph, `<br>` a line break inside it) and data tables (rows on
 * their full grid). Layout tables, those holding other tables or paragraphs,
 * are read as blocks, cell by cell. Images are counted: a report whose tables
 * are pictures shows them where the tables should be. A line that is mostly
 * link text (a list of links, 附件 links, other years' reports) is left out: it
 * is navigation, never report prose. Iterative, so deeply nested malformed
 * markup cannot overflow the stack.
 */
import { cleanInline } from './cleanInline';
import { isDataTable } from './isDataTable';
import { isHidden } from './isHidden';
import { isTableImage } from './isTableImage';
import { childrenOf, isElement, isText, type Element, type Node } from './nodes';
import { readTableGrid } from './readTableGrid';

export type Block = { kind: 'prose'; lines: string[] } | { kind: 'table'; rows: string[][] };

export interface Blocks {
  blocks: Block[];
  /** Images in the content that could be a table (not icons, logos or QR codes). */
  images: number;
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li',
  'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
  'listing', 'plaintext', 'xmp',
]);
export function collectBlocks(content: Element, skip: ReadonlySet<Element>): Blocks {
  const blocks: Block[] = [];
  let images = 0;
  let lines: string[] = [];
  let inline = '';
  let linkChars = 0;
  let pre = 0;
  let inLink = 0;

  const breakLine = () => {
    const line = pre ? inline.replace(/[^\S\t]+/g, ' ').replace(/^ +| +$/g, '') : cleanInline(inline);
    const chars = line.replace(/\s+/g, '').length;
    if (chars && linkChars * 2 <= chars) lines.push(line);
    inline = '';
    linkChars = 0;
  };
  const addText = (text: string) => {
    inline += text;
    if (inLink) linkChars += text.replace(/\s+/g, '').length;
  };
  const endBlock = () => {
    breakLine();
    if (lines.length) blocks.push({ kind: 'prose', lines });
    lines = [];
  };

  // Enter/leave events on an explicit stack; `null` marks leaving the element below it.
  const stack: (Node | { leave: Element })[] = [content];
  while (stack.length) {
    const item = stack.pop()!;
    if ('leave' in item) {
      if (BLOCK.has(item.leave.tagName)) endBlock();
      if (item.leave.tagName === 'pre') pre--;
      if (item.leave.tagName === 'a') inLink--;
      continue;
    }
    const node = item;
    if (isText(node)) {
      if (!pre) addText(node.value);
      else {
        const parts = node.value.split(/\r\n|\r|\n/);
        parts.forEach((part, i) => {
          if (i > 0) breakLine();
          addText(part);
        });
      }
      continue;
    }
    if (!isElement(node) || (node !== content && (skip.has(node) || isHidden(node)))) continue;
    const tag = node.tagName;
    if (tag === 'br') {
      breakLine();
      continue;
    }
    if (tag === 'img') {
      if (isTableImage(node)) images++;
      continue;
    }
    if (tag === 'table' && isDataTable(node)) {
      endBlock();
      const rows = readTableGrid(node, skip);
      if (rows.length) blocks.push({ kind: 'table', rows });
      continue;
    }
    if (BLOCK.has(tag)) endBlock();
    if (tag === 'pre') pre++;
    if (tag === 'a') inLink++;
    stack.push({ leave: node });
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  endBlock();
  return { blocks, images };
}
