/**
 * One table printed as several `<table>` elements (a page break in the source
 * document, or a CMS splitting long tables) repeats its header rows at the top
 * of each part. Parts are tables with nothing between them but a 续表 caption;
 * a row of a later part (or later in the same table) equal to one of the first
 * part's header rows, the rows before its first number, is dropped.
 */
import { normalizeWidths } from '../normalizeText';
import { readCell } from '../readCell';
import type { Block } from './collectBlocks';

const CONTINUED = /^[（(]?续表?[)）]?\s*\S{0,6}$/;

const rowKey = (row: string[]): string => row.join('').replace(/\s+/g, '');
const hasNumber = (row: string[]): boolean => row.some((f) => readCell(normalizeWidths(f)).kind === 'number');

export function dropRepeatedHeaders(blocks: Block[]): Block[] {
  let headers: Set<string> | null = null;
  return blocks.map((block) => {
    if (block.kind === 'prose') {
      if (!block.lines.every((l) => CONTINUED.test(l))) headers = null;
      return block;
    }
    let leading = 0;
    if (headers === null) {
      headers = new Set<string>();
      for (const row of block.rows) {
        if (hasNumber(row)) break;
        leading++;
        headers.add(rowKey(row));
      }
    }
    const seen = headers;
    // The first part keeps its own header rows: they name the columns.
    return { kind: 'table', rows: block.rows.filter((row, i) => i < leading || !seen.has(rowKey(row))) };
  });
}
