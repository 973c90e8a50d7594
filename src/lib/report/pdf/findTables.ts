/**
 * The visual lines of a document → prose lines and table blocks. A table is a
 * run of lines holding cells (two or more chunks apart, or a lone value),
 * together with the one-cell lines inside it (header cells, wrapped labels,
 * stacked vertical labels) — but never a section heading or a line in a
 * larger font than the table's own text. A table continues across a page
 * break: page furniture is gone by now, so its rows simply follow.
 */
import { toChunks, type VisualLine } from './groupLines';
import { isValueChunk } from './isValueChunk';

export type Block = { kind: 'prose'; line: VisualLine } | { kind: 'table'; lines: VisualLine[] };

export const SECTION_HEADING =
  /^[一二三四五六七八九十]{1,2}\s*[、.．]\s*(?:总体情况|主动公开|收到和处理|政府信息公开行政复议|政府信息公开工作存在|存在的主要问题|其他需要报告)/;

/** How far past a one-cell line a table may resume. */
const LOOKAHEAD = 10;
const MAX_CELL_TEXT = 40;

export function isTabular(line: VisualLine): boolean {
  return line.chunks.length >= 2 || (line.chunks.length === 1 && isValueChunk(line.chunks[0]));
}

/** Font size of a table's text (labels and headers), from its cell lines. */
function textSize(lines: readonly VisualLine[]): number {
  let size = 0;
  for (const l of lines) for (const c of l.chunks) if (!isValueChunk(c)) size = Math.max(size, c.size);
  if (size) return size;
  for (const l of lines) for (const c of l.chunks) size = Math.max(size, c.size);
  return size;
}

function fitsTable(line: VisualLine, size: number): boolean {
  const text = line.chunks.map((c) => c.text).join('');
  if (text.length > MAX_CELL_TEXT || SECTION_HEADING.test(text)) return false;
  return line.chunks.every((c) => c.size <= size * 1.1);
}

/**
 * A one-chunk line right under a table's rows whose label and value sit a letter space apart
 * (Chromium prints 行政事业性收费 and 972.4015 so): read as cells, it is a row ending in a value.
 */
function asRow(line: VisualLine): VisualLine | null {
  if (line.chunks.length !== 1) return null;
  const chunks = toChunks(line.tokens, true);
  return chunks.length >= 2 && isValueChunk(chunks[chunks.length - 1]) && !isValueChunk(chunks[0]) ? { ...line, chunks } : null;
}

export function findTables(input: readonly VisualLine[]): Block[] {
  const blocks: Block[] = [];
  const lines = [...input];
  const tabular = lines.map(isTabular);
  let i = 0;
  let prose: VisualLine[] = [];
  const flush = () => {
    for (const line of prose) blocks.push({ kind: 'prose', line });
    prose = [];
  };
  while (i < lines.length) {
    if (!tabular[i]) {
      prose.push(lines[i++]);
      continue;
    }
    let end = i + 1;
    let size = textSize([lines[i]]);
    for (;;) {
      if (end < lines.length && tabular[end]) {
        size = Math.max(size, textSize([lines[end]]));
        end++;
        continue;
      }
      const row = end < lines.length && fitsTable(lines[end], size) ? asRow(lines[end]) : null;
      if (row) {
        lines[end] = row;
        tabular[end] = true;
        continue;
      }
      let k = end;
      while (k < lines.length && k - end < LOOKAHEAD && !tabular[k] && fitsTable(lines[k], size)) k++;
      if (k < lines.length && k - end < LOOKAHEAD && tabular[k] && k > end) end = k;
      else break;
    }
    // Header cells above the first cell line: one-cell lines that fit the table.
    let start = i;
    while (prose.length && fitsTable(prose[prose.length - 1], size) && i - start < LOOKAHEAD) {
      prose.pop();
      start--;
    }
    const table = lines.slice(start, end);
    // A lone row of two chunks with no value is a line of prose laid out wide (a signature line).
    if (table.length === 1 && !table[0].chunks.some(isValueChunk)) prose.push(table[0]);
    else {
      flush();
      blocks.push({ kind: 'table', lines: table });
    }
    i = end;
  }
  flush();
  return blocks;
}
