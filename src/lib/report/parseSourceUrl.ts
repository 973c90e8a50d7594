/**
 * The original report's address from a saved text's header block: crawlers write
 * `原文链接: https://…` (or 原文地址 / 来源链接 / 网址) in the first lines, above the page text.
 */
import { maybeSourceUrl } from './maybeSourceUrl';
import type { TextDocument } from './textDocument';

const HEADER_LINES = 15;
const LABEL = /^\s*(?:原文链接|原文地址|原文网址|来源链接|来源网址|页面地址|网址|URL|Source URL)\s*[:：]\s*(\S+)\s*$/i;

export function parseSourceUrl(doc: TextDocument): string | null {
  for (const line of doc.lines.slice(0, HEADER_LINES)) {
    const m = LABEL.exec(line.text);
    if (m) return maybeSourceUrl(m[1]);
  }
  return null;
}
