/**
 * The report's title as the page shows it, for pages whose content area starts
 * without it (the title sits in an `<h1>` or `.title` above the content div):
 * the nearest heading before the content that names a 政府信息公开 report and a
 * year, else the matching part of `<title>` (`…年度报告_XX市人民政府`). Link text
 * never counts: sidebars list other years' reports as links.
 */
import { isHidden } from './isHidden';
import { attrOf, childrenOf, isElement, isText, type Document, type Element, type Node } from './nodes';
import { cleanInline } from './cleanInline';
import { REPORT_TITLE } from './opensWithTitle';

const YEAR = /(?:19|20)\d{2}/;
const HEADING = /^h[1-4]$/;
const TITLE_WORDS = /(?:^|[\s_-])(?:title|tit|bt|biaoti|headline|article-title)(?:$|[\s_-])/i;

function textOf(el: Element): string {
  let out = '';
  const stack: Node[] = [...childrenOf(el)].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (isText(node)) out += node.value;
    else if (isElement(node) && node.tagName !== 'a' && !isHidden(node))
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]);
    else if (isElement(node) && node.tagName === 'br') out += ' ';
  }
  return cleanInline(out);
}

const isTitle = (text: string): boolean => text.length >= 8 && text.length <= 100 && REPORT_TITLE.test(text) && YEAR.test(text);

function findHead(doc: Document): Element | null {
  const html = childrenOf(doc).find((n): n is Element => isElement(n) && n.tagName === 'html');
  return (html && childrenOf(html).find((n): n is Element => isElement(n) && n.tagName === 'head')) || null;
}

export function findPageTitle(doc: Document, body: Element, content: Element): string | null {
  let before: string | null = null;
  let reached = false;
  const stack: Node[] = [body];
  while (stack.length && !reached) {
    const node = stack.pop()!;
    if (!isElement(node) || isHidden(node) || node.tagName === 'a') continue;
    if (node === content) {
      reached = true;
      break;
    }
    const named = HEADING.test(node.tagName) || TITLE_WORDS.test(`${attrOf(node, 'class') ?? ''} ${attrOf(node, 'id') ?? ''}`);
    if (named) {
      const text = textOf(node);
      if (isTitle(text)) before = text;
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]);
  }
  if (before) return before;
  const head = findHead(doc);
  const title = head && childrenOf(head).find((n): n is Element => isElement(n) && n.tagName === 'title');
  if (!title) return null;
  const text = childrenOf(title).map((n) => (isText(n) ? n.value : '')).join('');
  return cleanInline(text).split(/\s*(?:[_|｜]|--|\s[-—–]\s)\s*/).find(isTitle) ?? null;
}
