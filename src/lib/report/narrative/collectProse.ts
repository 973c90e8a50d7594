/**
 * Re-join hard-wrapped prose into blocks. Real reports break lines mid-sentence
 * and even mid-word, often with blank lines between the pieces, so blank lines do
 * not end a block, nor do short lines without punctuation (they are as often a
 * wrapped fragment as a caption); tables and numbered headings do. Markdown markers are blanked and
 * parentheticals without digits are blanked (they hold aside words such as
 * "(包括新媒体)" that would mislead the channel reader); parentheticals with digits
 * become clause breaks so their numbers are read on their own.
 */
import type { Section, SectionKey } from '../segmentReport';
import type { TextDocument, TextLine } from '../textDocument';
import { isTableLine } from './isTableLine';
import type { ProseBlock } from './prose';
import { LONG_LINE, splitLongLine } from './splitLongLine';

/** In a body saved on one line, these sections are the tables, their cells run together with their labels. */
const TABLE_SECTIONS: ReadonlySet<SectionKey> = new Set<SectionKey>(['active', 'applications', 'review']);

const HEADING = /^[#*\s]*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[、．]|\d{1,2}\.(?!\d)|第[一二三四五六七八九十]+[部分章节])/;
const SENTENCE_END = /[。；;！？!?]/;
const PAREN = /[（(][^（()）。；\n]{0,80}[)）]/g;

/**
 * Apply `replace` to every match of `re` in a block's text, keeping `starts`
 * pointing at the right characters.
 */
function rewrite(text: string, starts: number[], re: RegExp, replace: (m: string) => string): string {
  let out = '';
  let last = 0;
  const edits: { at: number; end: number; length: number }[] = [];
  // exec on the expression itself (global): matchAll would copy it for every block.
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const at = m.index!;
    const by = replace(m[0]);
    out += text.slice(last, at) + by;
    last = at + m[0].length;
    edits.push({ at, end: last, length: by.length });
  }
  if (!edits.length) return text;
  for (let i = 0; i < starts.length; i++) {
    const p = starts[i];
    let shift = 0;
    let moved = p;
    for (const e of edits) {
      if (p >= e.end) shift += e.length - (e.end - e.at);
      else if (p > e.at) moved = e.at + Math.min(p - e.at, e.length);
      else break;
    }
    starts[i] = moved === p ? p + shift : moved + shift;
  }
  return out + text.slice(last);
}

function cleanBlock(text: string, starts: number[]): string {
  return rewrite(text, starts, PAREN, (m) => (/\d/.test(m) ? `，${m.slice(1, -1)}，` : ''));
}

function sectionAt(sections: Section[], index: number): SectionKey | null {
  for (const s of sections) if (index >= s.start && index < s.end) return s.key;
  return null;
}

export function collectProse(
  doc: TextDocument,
  sections: Section[],
  include: (key: SectionKey | null) => boolean,
): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  let parts: string[] = [];
  let starts: number[] = [];
  let lines: TextLine[] = [];
  let length = 0;
  let section: SectionKey | null = null;

  const flush = () => {
    if (lines.length) blocks.push({ text: cleanBlock(parts.join(''), starts), starts, lines, section });
    parts = [];
    starts = [];
    lines = [];
    length = 0;
  };
  const append = (line: TextLine, key: SectionKey | null) => {
    if (key !== section) flush();
    section = key;
    const text = (line.text.includes('*') || line.text.includes('#') ? line.text.replace(/[*#]/g, '') : line.text).trim();
    parts.push(text);
    starts.push(length);
    lines.push(line);
    length += text.length;
  };

  const read = (line: TextLine, key: SectionKey | null) => {
    if (!include(key)) return flush();
    const text = line.text.trim();
    if (!text) return;
    if (isTableLine(line.text)) return flush();
    if (HEADING.test(text)) {
      flush();
      append(line, key);
      // A heading that carries its first sentence ("(一)主动公开情况。我局…") stays open.
      if (!SENTENCE_END.test(text)) flush();
      return;
    }
    append(line, key);
  };

  doc.lines.forEach((line, i) => {
    const key = sectionAt(sections, i);
    if (line.text.length < LONG_LINE) return read(line, key);
    // A whole report on one line: its sentences, in the sections its inline headings open.
    for (const piece of splitLongLine(line)) {
      const pieceKey = piece.section ?? key;
      if (piece.section && TABLE_SECTIONS.has(piece.section)) flush();
      else read(piece.line, pieceKey);
    }
  });
  flush();
  return blocks;
}
