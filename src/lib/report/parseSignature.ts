/**
 * The signature date at the end of the report → ISO date, or null. Accepts
 * `2021 年 1 月 29 日`, `2021-01-29`, `2021.1.29` and Chinese numerals
 * (`二〇二一年一月二十九日`), alone on a line or after the agency's name.
 */
import type { TextDocument } from './textDocument';

const DATE = /((?:19|20)\d{2})\s*(?:年|[-./])\s*(\d{1,2})\s*(?:月|[-./])\s*(\d{1,2})\s*日?\s*$/;
const CN_DATE = /([〇零○Ｏ一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日\s*$/;
const DIGIT: Record<string, number> = { 〇: 0, 零: 0, '○': 0, Ｏ: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十 → 10, 二十九 → 29, 三十一 → 31. */
function smallNumber(s: string): number {
  if (!s.includes('十')) return DIGIT[s] ?? NaN;
  const [tens, ones] = s.split('十');
  return (tens ? DIGIT[tens] : 1) * 10 + (ones ? DIGIT[ones] : 0);
}

function readDate(t: string): [number, number, number] | null {
  const m = DATE.exec(t);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  const c = CN_DATE.exec(t);
  if (c) return [Number([...c[1]].map((d) => DIGIT[d]).join('')), smallNumber(c[2]), smallNumber(c[3])];
  return null;
}

export function parseSignature(doc: TextDocument): string | null {
  let seen = 0;
  for (let i = doc.lines.length - 1; i >= 0 && seen < 8; i--) {
    const t = doc.lines[i].text.replace(/[#*]/g, '').trim();
    if (!t) continue;
    seen++;
    // A signature line is short: a date, or the agency's name and a date. Prose that ends in a date is not one.
    if (t.length > 40 || /[，。；]/.test(t)) continue;
    const date = readDate(t);
    if (!date) continue;
    const [y, mo, d] = date;
    if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return null;
    return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return null;
}
