/**
 * Pages of tokens → the text form the text parser reads, and where each of its lines
 * sits in the PDF: prose as paragraphs (one line each), every table row as one
 * tab-separated line with its cells in the table's columns (see layoutTable.ts),
 * a blank line between blocks.
 */
import { boxOf, type PdfLineSource, type PdfToken } from './pdfToken';
import { dropPageFurniture, type PageTokens } from './dropPageFurniture';
import { groupLines, type VisualLine } from './groupLines';
import { joinVerticalLabels } from './joinVerticalLabels';
import { findTables } from './findTables';
import { continues, textMargins } from './joinProse';
import { layoutTable } from './layoutTable';

export interface PdfText {
  text: string;
  /** Per line of `text` (index = line number − 1): its page and box; `null` for blank lines. */
  sources: (PdfLineSource | null)[];
  /** Table rows left blank because the layout leaves their numbers' places uncertain (absent when none). */
  warnings?: string[];
}

export function pdfToText(pages: readonly PageTokens[]): PdfText {
  const kept = dropPageFurniture(pages);
  const offsets: number[] = [];
  let offset = 0;
  for (const p of pages) {
    offsets.push(offset);
    offset += p.height;
  }
  const lines: VisualLine[] = kept.flatMap((tokens) => groupLines(joinVerticalLabels(tokens)));
  const yOf = (l: VisualLine) => offsets[l.page - 1] + l.cy;
  const blocks = findTables(lines);
  const margins = textMargins(blocks.flatMap((b) => (b.kind === 'prose' ? [b.line] : [])));

  const out: string[] = [];
  const warnings: string[] = [];
  const sources: (PdfLineSource | null)[] = [];
  const push = (text: string, tokens: PdfToken[] | null) => {
    out.push(text);
    sources.push(tokens?.length ? boxOf(tokens) : null);
  };
  let paragraph: VisualLine[] = [];
  const endParagraph = () => {
    if (!paragraph.length) return;
    const text = paragraph.map((l) => l.chunks.map((c) => c.text).join(' ')).reduce((a, b) => joinLines(a, b));
    // The first line's box: evidence points at where the paragraph starts.
    push(text, paragraph[0].tokens);
    paragraph = [];
  };
  for (const b of blocks) {
    if (b.kind === 'prose') {
      const prev = paragraph[paragraph.length - 1];
      if (prev && !continues(prev, b.line, margins)) endParagraph();
      paragraph.push(b.line);
      continue;
    }
    endParagraph();
    if (out.length) push('', null);
    for (const row of layoutTable(b.lines, yOf)) {
      push(row.text, row.tokens);
      if (row.warning) warnings.push(row.warning);
    }
    push('', null);
  }
  endParagraph();
  return { text: out.join('\n'), sources, ...(warnings.length ? { warnings } : {}) };
}

/** Lines of one paragraph: Chinese runs on without a space, Latin words and numbers keep one. */
function joinLines(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}
