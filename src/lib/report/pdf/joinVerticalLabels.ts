/**
 * Vertical labels (`三、本年度办理结果` in a merged cell, written one or two characters
 * per line) → one token with the whole label, at the place of its first characters:
 * like the text of a merged HTML cell, it belongs to the first row it spans. Left as
 * they are, the characters would land one per row, or on rows of their own.
 * A stack is three or more tokens of one or two Chinese characters each, starting at
 * the same x, one under the other at an even pitch; digits and 无 (a cell value) never.
 * It stands in a table: a token glued to the next one on its line is the start of a word
 * (行|政复议), not a stacked character, and a stack none of whose lines holds anything else
 * is a column of short prose lines (a table printed one word per line), left as lines.
 */
import type { PdfToken } from './pdfToken';

const STACKABLE = /^[\u4e00-\u9fff][\u4e00-\u9fff、，]?$/;
const MIN_STACK = 3;

/** Tokens on `t`'s line, other than `t`. */
function lineMates(t: PdfToken, tokens: readonly PdfToken[]): PdfToken[] {
  return tokens.filter((o) => o !== t && Math.abs(o.cy - t.cy) <= 0.4 * Math.min(o.size, t.size));
}

/** A token whose line goes on within a letter space of its right edge, or comes to its left edge so. */
function isGlued(t: PdfToken, mates: readonly PdfToken[]): boolean {
  const space = 0.25 * t.size;
  return mates.some((o) => (o.x0 >= t.x1 - space && o.x0 - t.x1 < space) || (o.x1 <= t.x0 + space && t.x0 - o.x1 < space));
}

export function joinVerticalLabels(tokens: readonly PdfToken[]): PdfToken[] {
  const stackable = tokens.filter((t) => STACKABLE.test(t.text) && t.text !== '无');
  if (stackable.length < MIN_STACK) return [...tokens];
  const mates = new Map(stackable.map((t) => [t, lineMates(t, tokens)]));
  const candidates = stackable.filter((t) => !isGlued(t, mates.get(t)!)).sort((a, b) => a.x0 - b.x0 || a.cy - b.cy);
  const merged = new Set<PdfToken>();
  const out: PdfToken[] = [];
  let i = 0;
  while (i < candidates.length) {
    const stack = [candidates[i]];
    let j = i + 1;
    for (; j < candidates.length; j++) {
      const prev = stack[stack.length - 1];
      const t = candidates[j];
      if (Math.abs(t.x0 - stack[0].x0) > 1 || Math.abs(t.size - prev.size) > 0.5) break;
      const pitch = t.cy - prev.cy;
      if (pitch < 0.9 * t.size || pitch > 2.5 * t.size) break;
      if (stack.length >= 2 && Math.abs(pitch - (stack[1].cy - stack[0].cy)) > 0.35 * t.size) break;
      stack.push(t);
    }
    if (stack.length >= MIN_STACK && stack.some((t) => mates.get(t)!.length > 0)) {
      for (const t of stack) merged.add(t);
      const first = stack[0];
      out.push({ ...first, text: stack.map((t) => t.text).join(''), x1: Math.max(...stack.map((t) => t.x1)) });
      i = j;
    } else i++;
  }
  return [...tokens.filter((t) => !merged.has(t)), ...out];
}
