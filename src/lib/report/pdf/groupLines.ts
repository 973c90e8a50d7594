/**
 * A page's tokens → visual lines, top to bottom: tokens whose vertical middles
 * are within a fraction of the smaller font size of the line's first token
 * share a line (a table row's label in 10 pt and its numbers in 14 pt do),
 * and within a line tokens run left to right, cut into chunks where the gap
 * between them is wide (table cells) rather than a letter space.
 */
import { normalizeWidths } from '../normalizeText';
import { readCell } from '../readCell';
import type { PdfToken } from './pdfToken';

export interface Chunk {
  text: string;
  tokens: PdfToken[];
  x0: number;
  x1: number;
  cy: number;
  size: number;
}

export interface VisualLine {
  page: number;
  cy: number;
  tokens: PdfToken[];
  chunks: Chunk[];
}

const SAME_LINE = 0.4;
/** A gap wider than this share of the font size separates two cells. */
const CELL_GAP = 0.8;

function joinText(a: string, b: string, gap: number, size: number): string {
  // A visible gap beside a Latin letter or digit is a space (规章 0 0 0, 申请 21 件); between Chinese characters it is spacing.
  const ascii = /[A-Za-z0-9.,%)]$/.test(a) || /^[A-Za-z0-9(]/.test(b);
  return a + (ascii && gap > size * 0.2 ? ' ' : '') + b;
}

const isNumber = (t: PdfToken) => readCell(normalizeWidths(t.text)).kind === 'number' && /^[\d.,%+-]+$/.test(t.text);

/**
 * `cells`: the line is a table row, so a number starting right after text or after another
 * number is a cell of its own even when the gap is narrow (Chromium's PDFs of web tables
 * put a label and its first value a letter space apart).
 */
export function toChunks(tokens: readonly PdfToken[], cells = false): Chunk[] {
  const chunks: Chunk[] = [];
  let prev: PdfToken | null = null;
  for (const t of tokens) {
    const last = chunks[chunks.length - 1];
    const gap = last ? t.x0 - last.x1 : Infinity;
    const ownCell = cells && prev !== null && isNumber(t) && gap > 0;
    prev = t;
    if (last && !ownCell && gap < CELL_GAP * Math.max(t.size, last.size)) {
      last.text = joinText(last.text, t.text, gap, Math.max(t.size, last.size));
      last.tokens.push(t);
      last.x1 = Math.max(last.x1, t.x1);
      last.size = Math.max(last.size, t.size);
    } else chunks.push({ text: t.text, tokens: [t], x0: t.x0, x1: t.x1, cy: t.cy, size: t.size });
  }
  for (const c of chunks) c.cy = c.tokens.reduce((s, t) => s + t.cy, 0) / c.tokens.length;
  return chunks;
}

export function groupLines(tokens: readonly PdfToken[]): VisualLine[] {
  const sorted = [...tokens].sort((a, b) => a.cy - b.cy || a.x0 - b.x0);
  const groups: { cy: number; size: number; tokens: PdfToken[] }[] = [];
  for (const t of sorted) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(t.cy - g.cy) <= SAME_LINE * Math.min(t.size, g.size)) {
      g.tokens.push(t);
      g.size = Math.min(g.size, t.size);
    } else groups.push({ cy: t.cy, size: t.size, tokens: [t] });
  }
  return groups.map((g) => {
    const row = g.tokens.sort((a, b) => a.x0 - b.x0);
    const chunks = toChunks(row);
    return { page: row[0].page, cy: row.reduce((s, t) => s + t.cy, 0) / row.length, tokens: row, chunks: chunks.length > 1 ? toChunks(row, true) : chunks };
  });
}
