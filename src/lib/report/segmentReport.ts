/**
 * Segment a report into its six sections (一 … 六) by the meaning of their
 * headings, not their numbers: reports renumber sections when a table is
 * pushed into the previous section or a heading is missing.
 */
import type { TextDocument, TextLine } from './textDocument';
import { withoutSpaces } from './withoutSpaces';

export type SectionKey = 'overview' | 'active' | 'applications' | 'review' | 'problems' | 'other';

export interface Section {
  key: SectionKey;
  /** Index into `doc.lines` of the heading line. */
  start: number;
  /** Index one past the section's last line. */
  end: number;
  heading: TextLine;
}

const HEADINGS: [SectionKey, RegExp][] = [
  ['overview', /总体情况|总体概述|概述$/],
  ['active', /主动公开政府信息(的)?情况/],
  ['applications', /收到和处理政府信息公开申请(的)?情况/],
  ['review', /行政法?复议.{0,3}行政诉讼/],
  ['problems', /存在的?主要问题/],
  ['other', /其他需要报告的?事项/],
];

const NUMBERED = /^[#*\s]*(?:[一二三四五六七八]\s*[、.．]|第[一二三四五六七八]部分)\s*/;

/** Headings are short lines; a body sentence that mentions 总体情况 is not one. */
function headingKey(line: TextLine): SectionKey | null {
  if (line.text.length > 90 || !/^[#*\s]*(?:[一二三四五六七八]|第|#)/.test(line.text)) return null;
  const text = withoutSpaces(line.text);
  if (text.length > 40) return null;
  const stripped = text.replace(/^#+/, '');
  const numbered = NUMBERED.test(line.text);
  if (!numbered && !/^#/.test(line.text.trim())) return null;
  const body = stripped.replace(NUMBERED, '').replace(/[*：:。]/g, '');
  for (const [key, re] of HEADINGS) if (re.test(body)) return key;
  return null;
}

export function segmentReport(doc: TextDocument): Section[] {
  const found: { key: SectionKey; start: number }[] = [];
  const seen = new Set<SectionKey>();
  doc.lines.forEach((line, i) => {
    const key = headingKey(line);
    if (key && !seen.has(key)) {
      seen.add(key);
      found.push({ key, start: i });
    }
  });
  return found.map((s, i) => ({
    key: s.key,
    start: s.start,
    end: i + 1 < found.length ? found[i + 1].start : doc.lines.length,
    heading: doc.lines[s.start],
  }));
}
