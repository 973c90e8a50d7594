/**
 * The address a saved page says it was published at: `<link rel="canonical">`, else
 * `<meta property="og:url">` (or `name="url"`), absolute http(s) only. Attribute values are cut
 * at parsePage's limit, so a value that long may be cut short and is not trusted.
 */
import { maybeSourceUrl } from '../maybeSourceUrl';
import { attrOf, childrenOf, isElement, type Document, type Element, type Node } from './nodes';
import { MAX_ATTR } from './parsePage';

export function findPageUrl(doc: Document): string | null {
  let canonical: string | null = null;
  let meta: string | null = null;
  const visit = (node: Node) => {
    if (canonical) return;
    if (isElement(node)) {
      const el: Element = node;
      if (el.tagName === 'link' && (attrOf(el, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) canonical ??= usable(attrOf(el, 'href'));
      else if (el.tagName === 'meta') {
        const key = (attrOf(el, 'property') ?? attrOf(el, 'name') ?? '').toLowerCase();
        if (key === 'og:url' || key === 'url') meta ??= usable(attrOf(el, 'content'));
      }
      if (el.tagName === 'body') return; // head metadata only
    }
    for (const child of childrenOf(node)) visit(child);
  };
  visit(doc);
  return canonical ?? meta;
}

const usable = (value: string | null) => (value && value.length < MAX_ATTR ? maybeSourceUrl(value) : null);
