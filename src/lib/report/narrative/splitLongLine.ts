/**
 * A line that holds a whole report (a crawler saved the page's text on one line)
 * → pseudo-lines, one per sentence, each knowing the section it is in: section
 * headings (`六、其他需要报告的事项`) and sub-headings (`（一）`) start a new one.
 * Lines of ordinary length come back as they are. Each piece keeps the source
 * line's number, so evidence still points at the right line.
 */
import type { SectionKey } from '../segmentReport';
import type { TextLine } from '../textDocument';

export interface LinePiece {
  line: TextLine;
  /** The section a heading inside the line opened, or undefined: the line's own section. */
  section?: SectionKey;
}

/** Longer than any real line of prose a report wraps; a crawled body is thousands of characters. */
export const LONG_LINE = 400;

const SECTION_WORDS: [SectionKey, RegExp][] = [
  ['overview', /^(?:总体情况|总体概述|概述)/],
  ['active', /^主动公开政府信息(?:的)?情况/],
  ['applications', /^收到和处理政府信息公开申请(?:的)?情况/],
  ['review', /^(?:因)?政府信息公开(?:申请)?(?:行政(?:法)?复议|.{0,6}行政复议)|^行政复议.{0,3}行政诉讼/],
  ['problems', /^(?:政府信息公开工作)?存在的?主要问题/],
  ['other', /^其他需要报告的?事项/],
];
/** Where a piece starts: after a sentence end, or at a numbered heading. */
const CUT = /[。；！？]+\s*|\s*(?=(?:[一二三四五六七八]\s*[、.．]|第[一二三四五六七八]部分|[（(][一二三四五六七八九十]{1,2}[)）])\s*[\u4e00-\u9fa5])/g;
const NUMBER = /^\s*(?:[一二三四五六七八]\s*[、.．]|第[一二三四五六七八]部分)\s*/;

function sectionOf(piece: string): SectionKey | undefined {
  const m = NUMBER.exec(piece);
  if (!m) return undefined;
  const rest = piece.slice(m[0].length).replace(/\s+/g, '');
  for (const [key, re] of SECTION_WORDS) if (re.test(rest)) return key;
  return undefined;
}

export function splitLongLine(line: TextLine): LinePiece[] {
  const { text, raw } = line;
  if (text.length < LONG_LINE) return [{ line }];
  const sameLength = raw.length === text.length;
  const pieces: LinePiece[] = [];
  let section: SectionKey | undefined;
  let start = 0;
  const push = (end: number) => {
    const piece = text.slice(start, end);
    if (piece.trim()) {
      section = sectionOf(piece) ?? section;
      pieces.push({ line: { n: line.n, raw: sameLength ? raw.slice(start, end) : piece, text: piece }, section });
    }
  };
  CUT.lastIndex = 0;
  for (const m of text.matchAll(CUT)) {
    const end = m.index! + m[0].length;
    if (end <= start) continue;
    push(end);
    start = end;
  }
  push(text.length);
  return pieces;
}
