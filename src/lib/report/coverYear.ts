/**
 * The year a report covers: the title's year; else the statistics period
 * (统计期限自2020年1月1日); else the year the opening prose names most often,
 * leaving out full dates (自2004年5月1日起, a signature 2022年1月17日), which
 * date events rather than name the year reported on.
 */
import type { TextDocument } from './textDocument';
import { withoutSpaces } from './withoutSpaces';

const PERIOD = /(?:统计期限|统计时限|统计时间|数据统计)[^。]{0,10}?((?:19|20)\d{2})\s*年/;
const YEAR = /((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)/g;
const OPENING_LINES = 40;

export function coverYear(doc: TextDocument, titleYear: number | null): number | null {
  if (titleYear !== null) return titleYear;
  const opening = doc.lines
    .filter((l) => l.text.trim())
    .slice(0, OPENING_LINES)
    .map((l) => withoutSpaces(l.text));
  for (const text of opening) {
    const m = PERIOD.exec(text);
    if (m) return Number(m[1]);
  }
  const counts = new Map<number, number>();
  for (const text of opening) for (const m of text.matchAll(YEAR)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > counts.get(best)!) best = year;
  return best;
}
