/** `text.replace(/\s+/g, '')` without the regular expression: the text itself when it holds no white space. */
import { isSpace } from './isSpace';

export function withoutSpaces(text: string): string {
  const n = text.length;
  let i = 0;
  while (i < n && !isSpace(text.charCodeAt(i))) i++;
  if (i === n) return text;
  let out = text.slice(0, i);
  let from = -1;
  for (; i < n; i++) {
    if (isSpace(text.charCodeAt(i))) {
      if (from >= 0) out += text.slice(from, i);
      from = -1;
    } else if (from < 0) from = i;
  }
  return from >= 0 ? out + text.slice(from) : out;
}
