/**
 * Where tables 2, 3 and 4 sit, found by their own headers and row labels rather
 * than by section numbers: tables get pushed into the next section, and
 * sections get renumbered.
 */
import type { Section } from './segmentReport';
import type { TextDocument } from './textDocument';

export interface Span {
  start: number;
  end: number;
}

export interface TableSpans {
  table2: Span | null;
  table3: Span | null;
  table4: Span | null;
}

export function locateTables(doc: TextDocument, sections: Section[]): TableSpans {
  const n = doc.lines.length;
  // Each line without its spaces, made when first asked for.
  const compact: (string | undefined)[] = new Array(n);
  const compactAt = (i: number): string => (compact[i] ??= doc.lines[i].text.replace(/\s+/g, ''));
  const findIndex = (_: TextDocument, from: number, to: number, test: (t: string) => boolean): number => {
    for (let i = Math.max(0, from); i < Math.min(to, n); i++) if (test(compactAt(i))) return i;
    return -1;
  };
  const headings = new Set(sections.map((s) => s.start));
  const section = (key: Section['key']) => sections.find((s) => s.key === key);

  let t3 = findIndex(doc, 0, n, (t) => /勾稽关系|本列数据/.test(t));
  if (t3 < 0) t3 = findIndex(doc, 0, n, (t) => /^[^。]{0,12}本年新收.{0,12}申请/.test(t));

  const t2End = t3 >= 0 ? t3 : (section('applications')?.start ?? n);
  let t2 = findIndex(doc, 0, t2End, (t) => /^第二十条/.test(t));
  if (t2 < 0) t2 = findIndex(doc, 0, t2End, (t) => /^信息内容/.test(t));
  if (t2 < 0 && section('active')) t2 = section('active')!.start + 1;

  const t4 = findIndex(
    doc,
    t3 >= 0 ? t3 : 0,
    n,
    (t) => /^[|]?行政复议/.test(t) || (/行政复议/.test(t) && /行政诉讼/.test(t) && t.length < 30),
  );
  const t4Header = t4 >= 0 && headings.has(t4) ? findIndex(doc, t4 + 1, n, (t) => /^[|]?行政复议/.test(t)) : t4;

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
