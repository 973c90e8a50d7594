/** Line breaking and truncation with a painter's measurements (CJK breaks anywhere, Latin at spaces). */
import type { TextPainter } from './textPainter';

/** Greedy lines no wider than `maxWidth`; a word wider than a line is broken between characters. */
export function wrapText(text: string, painter: TextPainter, size: number, maxWidth: number): string[] {
  const tokens = text.match(/[A-Za-z0-9\u00C0-\u024F.,:;!?'’%()\-–/=&_#+@~]+\s*|\s+|./gsu) ?? [];
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim()) lines.push(line.trimEnd());
    line = '';
  };
  for (const token of tokens) {
    if (painter.width(line + token.trimEnd(), size) <= maxWidth) {
      line += token;
      continue;
    }
    if (painter.width(token.trimEnd(), size) <= maxWidth) {
      push();
      line = token.trimStart();
      continue;
    }
    for (const ch of token) {
      if (painter.width(line + ch, size) > maxWidth) push();
      line += ch;
    }
  }
  push();
  return lines;
}

/** `text`, or as much of it as fits followed by …. */
export function truncateText(text: string, painter: TextPainter, size: number, maxWidth: number): string {
  if (painter.width(text, size) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length && painter.width(`${chars.join('')}…`, size) > maxWidth) chars.pop();
  return `${chars.join('')}…`;
}
