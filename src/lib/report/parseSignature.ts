/**
 * The signature at the end of the report → the signing agency and the ISO date,
 * each or both null. Accepts `2021 年 1 月 29 日`, `2021-01-29`, `2021.1.29` and
 * Chinese numerals (`二〇二一年一月二十九日`), alone on a line or after the agency's
 * name. A page saved by a crawler holds the whole body on one line: there the
 * signature is the text after the last sentence, before 抄送 and page furniture
 * (`附件下载`).
 */
import type { TextDocument } from './textDocument';

export interface Signature {
  /** The agency signing, as written before the date (`平潭综合实验区公安局`), or null. */
  agency: string | null;
  date: string | null;
}

const DATE = /((?:19|20)\d{2})\s*(?:年|[-./])\s*(\d{1,2})\s*(?:月|[-./])\s*(\d{1,2})\s*日?\s*$/;
const CN_DATE = /([〇零○Ｏ一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日\s*$/;
const DIGIT: Record<string, number> = { 〇: 0, 零: 0, '○': 0, Ｏ: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** What follows a signature on a saved page: the copy-to list, download links, print buttons. */
const AFTER_SIGNATURE = /\s*(?:抄送[:：].*|(?:附件下载|打印本页|关闭窗口|【打印】|【关闭】|扫一扫在手机打开当前页)\s*)+$/;
/** The name signing before the date: Chinese characters ending in an organ word, after a space or the line start. */
const SIGNER = /(?:^|[\s，。；、])([\u4e00-\u9fa5（）()]{2,30}?(?:局|厅|委员会|办公室|政府|管委会|中心|院|署|所|站|队|委|办|会|区|县|市|省))\s*$/;
const SIGNATURE_LENGTH = 40;

/** 十 → 10, 二十九 → 29, 三十一 → 31. */
function smallNumber(s: string): number {
  if (!s.includes('十')) return DIGIT[s] ?? NaN;
  const [tens, ones] = s.split('十');
  return (tens ? DIGIT[tens] : 1) * 10 + (ones ? DIGIT[ones] : 0);
}

function readDate(t: string): { date: [number, number, number]; before: string } | null {
  const m = DATE.exec(t);
  if (m) return { date: [Number(m[1]), Number(m[2]), Number(m[3])], before: t.slice(0, m.index) };
  const c = CN_DATE.exec(t);
  if (c) return { date: [Number([...c[1]].map((d) => DIGIT[d]).join('')), smallNumber(c[2]), smallNumber(c[3])], before: t.slice(0, c.index) };
  return null;
}

/** The last sentence of a line, without what a saved page puts after the signature. */
function lastPiece(text: string): string {
  const t = text.replace(/[#*]/g, '').replace(AFTER_SIGNATURE, '').trim();
  if (t.length <= SIGNATURE_LENGTH) return t;
  const end = Math.max(t.lastIndexOf('。'), t.lastIndexOf('；'), t.lastIndexOf('！'), t.lastIndexOf('？'));
  return end >= 0 ? t.slice(end + 1).trim() : t;
}

/** A short piece of a source line the reflow cut (layout/reflowRunTogether.ts): `2026年` / `1` / `月` / `23` / `日`. */
const SHORT_PIECE = 6;

/** The line ending at `i`, with the short pieces of its source line before it joined back; and where it starts. */
function joinedLine(doc: TextDocument, i: number): { text: string; first: number } {
  let text = doc.lines[i].text;
  let first = i;
  while (
    first > 0 &&
    doc.lines[first].col !== undefined &&
    doc.lines[first - 1].n === doc.lines[first].n &&
    (text.trim().length <= SHORT_PIECE || doc.lines[first - 1].text.trim().length <= SHORT_PIECE)
  )
    text = doc.lines[--first].text + text;
  return { text, first };
}

export function parseSignature(doc: TextDocument): Signature {
  let seen = 0;
  let agency: string | null = null;
  for (let i = doc.lines.length - 1; i >= 0 && seen < 8; i--) {
    const joined = joinedLine(doc, i);
    i = joined.first;
    const t = lastPiece(joined.text);
    if (!t) continue;
    seen++;
    // A signature is short: a date, or the agency's name and a date. Prose that ends in a date is not one.
    if (t.length > SIGNATURE_LENGTH || /[，。；]/.test(t)) continue;
    const found = readDate(t);
    if (!found) continue;
    const [y, mo, d] = found.date;
    if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return { agency: null, date: null };
    agency = SIGNER.exec(found.before.trim())?.[1] ?? null;
    // The agency on the line above a date alone.
    if (!agency && !found.before.trim())
      for (let j = i - 1; j >= 0 && j >= i - 3 && !agency; j--) {
        const above = doc.lines[j].text.replace(/[#*]/g, '').trim();
        if (above) {
          agency = above.length <= SIGNATURE_LENGTH ? (SIGNER.exec(above)?.[1] ?? null) : null;
          break;
        }
      }
    return { agency, date: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
  }
  return { agency: null, date: null };
}
