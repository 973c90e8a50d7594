/**
 * HTML text → parse5 document, with a lean tree: the text of scripts, styles and
 * other raw-text elements is never stored, comments are emptied and attribute
 * values are cut short (a saved page can hold megabytes of inline script or of
 * base64 images in `src`). Memory then follows the page's visible text, not its
 * size, and is bounded: a page showing more text or holding more elements than
 * any report (PAGE_LIMITS) stops being parsed, with an error saying so.
 * Malformed markup is repaired the way browsers repair it.
 */
import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap, type TreeAdapter } from 'parse5';

/** Elements whose text is never shown as page text (`<title>` is kept: it may name the report). */
const RAW_TEXT = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes']);
/** Long enough for any class, id, style or span attribute; a data: URI is cut. */
export const MAX_ATTR = 300;

/** A report page shows tens of thousands of characters in a few thousand elements; these are far above. */
export const PAGE_LIMITS = { textChars: 4_000_000, elements: 200_000 };

export class PageTooLargeError extends Error {}

type Document = DefaultTreeAdapterMap['document'];
type Parent = DefaultTreeAdapterMap['parentNode'];

function leanTreeAdapter(): TreeAdapter<DefaultTreeAdapterMap> {
  let chars = 0;
  let elements = 0;
  const keep = (parent: Parent, text: string): boolean => {
    if (RAW_TEXT.has(parent.nodeName)) return false;
    if ((chars += text.length) > PAGE_LIMITS.textChars)
      throw new PageTooLargeError(`the page shows more than ${PAGE_LIMITS.textChars / 1e6} million characters of text`);
    return true;
  };
  return {
    ...defaultTreeAdapter,
    createElement(tagName, namespaceURI, attrs) {
      if (++elements > PAGE_LIMITS.elements)
        throw new PageTooLargeError(`the page holds more than ${PAGE_LIMITS.elements.toLocaleString('en')} elements`);
      const short = attrs.map((a) => (a.value.length > MAX_ATTR ? { ...a, value: a.value.slice(0, MAX_ATTR) } : a));
      return defaultTreeAdapter.createElement(tagName, namespaceURI, short);
    },
    createCommentNode() {
      return defaultTreeAdapter.createCommentNode('');
    },
    insertText(parent, text) {
      if (keep(parent, text)) defaultTreeAdapter.insertText(parent, text);
    },
    insertTextBefore(parent, text, reference) {
      if (keep(parent, text)) defaultTreeAdapter.insertTextBefore(parent, text, reference);
    },
  };
}

/** Throws PageTooLargeError past PAGE_LIMITS. */
export function parsePage(html: string): Document {
  return parse(html, { treeAdapter: leanTreeAdapter() });
}
