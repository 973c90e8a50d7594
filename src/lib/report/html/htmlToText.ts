/**
 * An HTML page → the text form the report parser reads: one line per line of
 * prose (paragraphs separated by a blank line), every data table as
 * tab-separated rows on its full grid, the title on top when the content area
 * starts without it. Page furniture never reaches the text. `evidence.line` of
 * a report parsed from HTML is a line of this text.
 */
import { collectBlocks } from './collectBlocks';
import { dropRepeatedHeaders } from './dropRepeatedHeaders';
import { findPageUrl } from './findPageUrl';
import { findReportBody } from './findReportBody';
import { opensWithTitle } from './opensWithTitle';
import { parsePage } from './parsePage';

export interface HtmlText {
  /** The text form: lines separated by `\n`. */
  text: string;
  /** Data tables read from markup. */
  tables: number;
  /** Images in the content that could be tables. */
  images: number;
  /** Title taken from outside the content area (null when the content has its own). */
  title: string | null;
  /** The page's own address (canonical link or og:url), when it gives one. */
  url: string | null;
}

export function htmlToText(html: string): HtmlText {
  const doc = parsePage(html);
  const url = findPageUrl(doc);
  const body = findReportBody(doc);
  if (!body) return { text: '', tables: 0, images: 0, title: null, url };
  const { blocks, images } = collectBlocks(body.content, body.skip);
  const parts = dropRepeatedHeaders(blocks);
  const out: string[] = [];
  for (const block of parts) {
    if (block.kind === 'prose') for (const line of block.lines) out.push(line);
    else for (const row of block.rows) out.push(row.join('\t'));
    out.push('');
  }
  const title = body.title && !opensWithTitle(out) ? body.title : null;
  if (title) out.unshift(title, '');
  return { text: out.join('\n'), tables: parts.filter((b) => b.kind === 'table').length, images, title, url };
}
