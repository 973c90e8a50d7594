/**
 * Where tables 2, 3 and 4 sit, found by their own headers and row labels rather
 * than by section numbers: tables get pushed into the next section, and
 * sections get renumbered.
 */
import type { Section } from './segmentReport';
import type { TextDocument } from './textDocument';
import { withoutSpaces } from './withoutSpaces';

export interface Span {
  start: number;
  end: number;
}

export interface TableSpans {
  table2: Span | null;
  table3: Span | null;
  table4: Span | null;
}

const T3_NOTE = /勾稽关系|本列数据/;
const T3_FIRST_ROW = /^[|]?[^。|]{0,12}本年新收.{0,12}申请/;
// A markdown row starts with its pipe (`|第二十条第（一）项||`: spaces are gone from the compact text).
const T2_ARTICLE = /^[|]?第二十条/;
const T2_HEADER = /^[|]?信息内容/;
const T4_HEADER = /^[|]?行政复议/;

function holdsAny(text: string, chars: string): boolean {
  for (let k = 0; k < chars.length; k++) if (text.includes(chars[k])) return true;
  return false;
}

export function locateTables(doc: TextDocument, sections: Section[]): TableSpans {
  const n = doc.lines.length;
  // Each line without its spaces, made when first asked for.
  const compact: (string | undefined)[] = new Array(n);
  const compactAt = (i: number): string => (compact[i] ??= withoutSpaces(doc.lines[i].text));
  /**
   * The first line in [from, to) whose compact text passes `test`. Every test needs one of the
   * characters in `needs`, and a line without any of them cannot pass (its compact text has
   * the same characters less white space): most lines are passed over without compacting.
   */
  const findIndex = (_: TextDocument, from: number, to: number, needs: string, test: (t: string) => boolean): number => {
    for (let i = Math.max(0, from); i < Math.min(to, n); i++) if (holdsAny(doc.lines[i].text, needs) && test(compactAt(i))) return i;
    return -1;
  };
  const headings = new Set(sections.map((s) => s.start));
  const section = (key: Section['key']) => sections.find((s) => s.key === key);

  let t3 = findIndex(doc, 0, n, '勾本', (t) => T3_NOTE.test(t));
  if (t3 < 0) t3 = findIndex(doc, 0, n, '本', (t) => T3_FIRST_ROW.test(t));

  const t2End = t3 >= 0 ? t3 : (section('applications')?.start ?? n);
  let t2 = findIndex(doc, 0, t2End, '第', (t) => T2_ARTICLE.test(t));
  if (t2 < 0) t2 = findIndex(doc, 0, t2End, '信', (t) => T2_HEADER.test(t));
  if (t2 < 0 && section('active')) t2 = section('active')!.start + 1;

  const t4 = findIndex(
    doc,
    t3 >= 0 ? t3 : 0,
    n,
    '行',
    (t) => T4_HEADER.test(t) || (t.length < 30 && t.includes('行政复议') && t.includes('行政诉讼')),
  );
  const t4Header = t4 >= 0 && headings.has(t4) ? findIndex(doc, t4 + 1, n, '行', (t) => T4_HEADER.test(t)) : t4;

  const review = section('review');
  let t3End = n;
  if (t3 >= 0) {
    for (const candidate of [t4Header, review && review.start > t3 ? review.start : -1])
      if (candidate > t3 && candidate < t3End) t3End = candidate;
  }

  return {
    table2: t2 >= 0 ? { start: t2, end: t2End } : null,
    table3: t3 >= 0 ? { start: t3, end: t3End } : null,
    table4: t4Header >= 0 ? { start: t4Header, end: Math.min(n, t4Header + 80) } : null,
  };
}
