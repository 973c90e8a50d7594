/**
 * Prose lines → paragraphs: a line that runs to the right edge of the text and is
 * followed by a line starting at the left edge (no first-line indent) in the same
 * font size continues into it, across a page break too. Sentences the narrative
 * reader looks for ("受理政府信息公开申请 21 件") are often cut by a line end.
 */
import type { VisualLine } from './groupLines';

export interface Paragraph {
  lines: VisualLine[];
}

const left = (l: VisualLine) => l.chunks[0]?.x0 ?? 0;
const right = (l: VisualLine) => l.chunks[l.chunks.length - 1]?.x1 ?? 0;
const sizeOf = (l: VisualLine) => Math.max(...l.chunks.map((c) => c.size));

export interface TextMargins {
  left: number;
  right: number;
}

/** The text column: the most common left edge of prose lines and their right-most edge. */
export function textMargins(lines: readonly VisualLine[]): TextMargins {
  const counts = new Map<number, number>();
  for (const l of lines) counts.set(Math.round(left(l)), (counts.get(Math.round(left(l))) ?? 0) + 1);
  let best = 0;
  let bestN = -1;
  for (const [x, n] of counts) if (n > bestN || (n === bestN && x < best)) [best, bestN] = [x, n];
  const rights = lines.map(right).sort((a, b) => a - b);
  return { left: best, right: rights[Math.floor(rights.length * 0.9)] ?? 0 };
}

export function continues(prev: VisualLine, next: VisualLine, m: TextMargins): boolean {
  const size = sizeOf(prev);
  if (Math.abs(sizeOf(next) - size) > 0.5) return false;
  if (right(prev) < m.right - 2 * size) return false;
  return Math.abs(left(next) - m.left) <= size * 0.5;
}
