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

/** No glyph is narrower than this share of the font size: more characters than that cannot fit. */
const NARROWEST = 0.2;

/**
 * `text`, or as much of it as fits followed by …: a binary search on the prefix length, on at
 * most as many characters as could fit, so a name of 100,000 characters costs a dozen
 * measurements of short strings, not one per character.
 */
export function truncateText(text: string, painter: TextPainter, size: number, maxWidth: number): string {
  const cap = Math.max(1, Math.ceil(maxWidth / (size * NARROWEST)) + 1);
  const chars = Array.from(text.slice(0, cap * 2)).slice(0, cap + 1);
  const whole = chars.length <= cap && chars.join('') === text;
  if (whole && painter.width(text, size) <= maxWidth) return text;
  let lo = 0;
  let hi = Math.min(chars.length, cap);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (painter.width(`${chars.slice(0, mid).join('')}…`, size) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('')}…`;
}
