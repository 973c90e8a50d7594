/**
 * Cut a block (or a sentence) into spans at a set of separator characters,
 * keeping offsets into the block.
 */
import { isSpace } from '../isSpace';
import type { ProseBlock, Span } from './prose';

export function splitSpans(block: ProseBlock, text: string, offset: number, separators: RegExp): Span[] {
  const spans: Span[] = [];
  let start = 0;
  // exec on the expression itself (global): matchAll would copy it for every call.
  separators.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = separators.exec(text))) {
    const end = m.index!;
    if (end > start) spans.push({ text: text.slice(start, end), offset: offset + start, block });
    start = end + m[0].length;
  }
  if (start < text.length) spans.push({ text: text.slice(start), offset: offset + start, block });
  return spans.filter((s) => !isBlank(s.text));
}

/** `!text.trim()` without making the trimmed string. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}
