/**
 * Where the report sits in a page: page furniture (navigation, header, footer,
 * breadcrumbs, share and print widgets, sidebars) is marked to be skipped, then
 * the content element is found by descending from `<body>` into the child that
 * holds nearly all of the remaining non-link text and every sentence of prose,
 * table and picture, as long as one does (a wrapper around the tables alone, or
 * around the prose alone, is not the content). The
 * report's title is looked up separately (it often sits above the content).
 */
import { findPageTitle } from './findPageTitle';
import { isBoilerplate } from './isBoilerplate';
import { isDataTable } from './isDataTable';
import { measureText, type TextMeasure } from './measureText';
import { childrenOf, isElement, type Document, type Element } from './nodes';

export interface ReportBody {
  /** The content element: the walk that turns the page into lines starts here. */
  content: Element;
  /** Elements inside `content` that are page furniture: never read. */
  skip: ReadonlySet<Element>;
  /** The title the page shows for the report, when it names a 政府信息公开 report and a year. */
  title: string | null;
}

/** Share of the parent's non-link text a child must hold to be the content rather than part of it. */
const NEARLY_ALL = 0.85;

function child(node: Element | Document, tag: string): Element | null {
  return childrenOf(node).find((n): n is Element => isElement(n) && n.tagName === tag) ?? null;
}

export function findReportBody(doc: Document): ReportBody | null {
  const html = child(doc, 'html');
  const body = html && child(html, 'body');
  if (!body) return null;
  const measures = new Map<Element, TextMeasure>();
  const skip = new Set<Element>();
  measureText(body, measures, (el, m) => {
    if (!isBoilerplate(el, m, skip)) return false;
    skip.add(el);
    return true;
  });
  let content = body;
  for (;;) {
    const here = measures.get(content)!;
    if (here.text === 0) break;
    const holdsNearlyAll = (m: TextMeasure | undefined) =>
      !!m && m.text >= NEARLY_ALL * here.text && m.stops >= here.stops && m.tables >= here.tables && m.images >= here.images;
    const next = childrenOf(content).find(
      (n): n is Element => isElement(n) && !skip.has(n) && holdsNearlyAll(measures.get(n)) && !(n.tagName === 'table' && isDataTable(n)),
    );
    if (!next) break;
    content = next;
  }
  return { content, skip, title: findPageTitle(doc, body, content) };
}
