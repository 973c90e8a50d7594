/** The signature date at the end of the report (`2021 年 1 月 29 日`) → ISO date, or null. */
import type { TextDocument } from './textDocument';

const DATE_LINE = /^\s*((?:19|20)\d{2})\s*(?:年|[-./])\s*(\d{1,2})\s*(?:月|[-./])\s*(\d{1,2})\s*日?\s*$/;

export function parseSignature(doc: TextDocument): string | null {
  let seen = 0;
  for (let i = doc.lines.length - 1; i >= 0 && seen < 8; i--) {
    const t = doc.lines[i].text.replace(/[#*]/g, '').trim();
    if (!t) continue;
    seen++;
    const m = DATE_LINE.exec(t);
    if (!m) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
    return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return null;
}
