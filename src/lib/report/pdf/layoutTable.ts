/**
 * One table block → rows of the text form, one tab-separated line per table row:
 * `label \t cell \t cell …`, every row as wide as the table, a blank cell an empty
 * field in its own column. Columns come from geometry, never from reading order:
 *
 * - the block is cut into parts where a line with text reaching over the value columns,
 *   or starting right of every row label, follows value rows (table 2's sub-tables, each with its own header and columns);
 * - a part's value columns are the clusters of its values' positions (centres, left or
 *   right edges: whichever alignment gives the fewest columns), plus header cells
 *   standing alone over a column no value falls in (a column blank in every row);
 * - rows are the lines holding values; lines of label text only (wrapped labels,
 *   group labels of merged cells, vertical labels stacked one character per line)
 *   join the row below which they continue, else the row nearest to them;
 * - lines above the first value row are header rows, their cells put in the columns.
 */
import type { Chunk, VisualLine } from './groupLines';
import { isValueChunk } from './isValueChunk';
import type { PdfToken } from './pdfToken';

export interface TableRow {
  text: string;
  tokens: PdfToken[];
}

/** A label opening with its number (一、 （一） 1.) starts a row's label; other label lines continue one. */
const ENUMERATED = /^(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十]+\s*[）)]|\d{1,2}\s*[.．、])/;

type Align = 'center' | 'x0' | 'x1';
const at = (c: Chunk, a: Align) => (a === 'center' ? (c.x0 + c.x1) / 2 : a === 'x0' ? c.x0 : c.x1);
const centre = (c: Chunk) => (c.x0 + c.x1) / 2;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
}

/** Single-link clusters of sorted positions, as their means. */
function clusters(xs: number[], tol: number): number[] {
  const s = [...xs].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const x of s) {
    const last = out[out.length - 1];
    if (last && x - last[last.length - 1] <= tol) last.push(x);
    else out.push([x]);
  }
  return out.map((c) => c.reduce((a, b) => a + b, 0) / c.length);
}

/** `next` sits right under `prev` (within two line heights) with a chunk starting where one of `prev`'s does. */
function continuesAbove(prev: VisualLine, next: VisualLine, yOf: (l: VisualLine) => number): boolean {
  const gap = yOf(next) - yOf(prev);
  const size = Math.max(...next.chunks.map((c) => c.size));
  return prev.page === next.page && gap > 0 && gap <= 2.2 * size && next.chunks.some((n) => prev.chunks.some((p) => Math.abs(p.x0 - n.x0) <= 2));
}

/**
 * Cut a block into parts at each header line that follows value rows. Label-only lines
 * between the last value row and that header that do not continue the row's label (a
 * sub-table's caption, 第二十条第（五）项) open the new part.
 */
function splitParts(lines: readonly VisualLine[], yOf: (l: VisualLine) => number): VisualLine[][] {
  const parts: VisualLine[][] = [];
  let part: VisualLine[] = [];
  let valueStart = Infinity;
  let labelEnd = -Infinity;
  for (const line of lines) {
    const values = line.chunks.filter(isValueChunk);
    if (values.length) {
      valueStart = Math.min(valueStart, ...values.map((c) => c.x0));
      for (const c of line.chunks) if (!isValueChunk(c) && c.x1 < valueStart) labelEnd = Math.max(labelEnd, c.x1);
    } else if (
      valueStart < Infinity &&
      line.chunks.some((c) => c.x1 > valueStart + c.size * 0.5 || (labelEnd > -Infinity && c.x0 > labelEnd))
    ) {
      let lastValue = part.length - 1;
      while (lastValue >= 0 && !part[lastValue].chunks.some(isValueChunk)) lastValue--;
      // Lines continuing the last row's label (right under it, in its column) stay with it.
      let cut = lastValue + 1;
      while (cut < part.length && continuesAbove(part[cut - 1], part[cut], yOf)) cut++;
      parts.push(part.slice(0, cut));
      part = part.slice(cut);
      valueStart = Infinity;
      labelEnd = -Infinity;
    }
    part.push(line);
  }
  if (part.length) parts.push(part);
  return parts;
}

interface Row {
  cy: number;
  labels: { chunk: Chunk; y: number }[];
  cells: Chunk[][];
  tokens: PdfToken[];
}

function layoutPart(lines: readonly VisualLine[], yOf: (l: VisualLine) => number): TableRow[] {
  const firstValueRow = lines.findIndex((l) => l.chunks.some(isValueChunk));
  if (firstValueRow < 0) return lines.map((l) => ({ text: l.chunks.map((c) => c.text).join('\t'), tokens: l.tokens }));
  const values = lines.flatMap((l) => l.chunks.filter(isValueChunk));
  const valueStart = Math.min(...values.map((c) => c.x0));
  const tol = Math.max(3, 0.8 * median(values.map((c) => c.size)));
  const align = (['center', 'x0', 'x1'] as const)
    .map((a) => ({ a, n: clusters(values.map((c) => at(c, a)), tol).length }))
    .reduce((best, o) => (o.n < best.n ? o : best)).a;
  const bands = clusters(values.map((c) => at(c, align)), tol).map((pos) => ({ pos, header: false }));
  // Header cells over a column without any value (blank in every row) add that column.
  const spacing = median(bands.slice(1).map((b, i) => b.pos - bands[i].pos));
  if (bands.length >= 2) {
    for (const l of lines.slice(0, firstValueRow))
      for (const c of l.chunks) {
        const x = at(c, align);
        if (centre(c) < valueStart || c.x1 - c.x0 > spacing) continue;
        if (bands.every((b) => Math.abs(b.pos - x) > Math.max(tol, spacing * 0.6))) bands.push({ pos: x, header: true });
      }
    bands.sort((a, b) => a.pos - b.pos);
  }
  const bandOf = (x: number) => {
    let best = 0;
    for (let i = 1; i < bands.length; i++) if (Math.abs(bands[i].pos - x) < Math.abs(bands[best].pos - x)) best = i;
    return best;
  };
  const emptyCells = () => bands.map((): Chunk[] => []);

  const out: TableRow[] = [];
  for (const l of lines.slice(0, firstValueRow)) {
    const label: string[] = [];
    const cells = emptyCells();
    for (const c of l.chunks) {
      if (centre(c) < valueStart - tol) label.push(c.text);
      else cells[bandOf(at(c, align))].push(c);
    }
    out.push({ text: [label.join(' '), ...cells.map((cs) => cs.map((c) => c.text).join(' '))].join('\t'), tokens: l.tokens });
  }

  const rows: Row[] = [];
  const labelOnly: { chunk: Chunk; y: number; line: VisualLine }[] = [];
  for (const l of lines.slice(firstValueRow)) {
    const y = yOf(l);
    if (!l.chunks.some(isValueChunk)) {
      for (const chunk of l.chunks) labelOnly.push({ chunk, y, line: l });
      continue;
    }
    const row: Row = { cy: y, labels: [], cells: emptyCells(), tokens: [...l.tokens] };
    for (const c of l.chunks) {
      if (isValueChunk(c) || centre(c) >= valueStart) row.cells[bandOf(at(c, align))].push(c);
      else row.labels.push({ chunk: c, y });
    }
    rows.push(row);
  }
  // Label-only lines, top down: a line that does not open with a number and sits right
  // under another label piece in the same column continues it; others join the nearest row.
  const pieces = [
    ...rows.flatMap((row) => row.labels.map((p) => ({ ...p, row, own: true }))),
    ...labelOnly.map((p) => ({ chunk: p.chunk, y: p.y, row: null as Row | null, own: false })),
  ].sort((a, b) => a.y - b.y || a.chunk.x0 - b.chunk.x0);
  const lastInColumn: { x0: number; y: number; row: Row }[] = [];
  for (const p of pieces) {
    if (!p.own) {
      const above = lastInColumn.find((q) => Math.abs(q.x0 - p.chunk.x0) <= 2 && p.y - q.y > 0 && p.y - q.y <= 2.2 * p.chunk.size);
      const continues = above && !ENUMERATED.test(p.chunk.text.trim());
      p.row = continues ? above.row : rows.reduce((best, r) => (Math.abs(r.cy - p.y) < Math.abs(best.cy - p.y) ? r : best));
      p.row.labels.push({ chunk: p.chunk, y: p.y });
      p.row.tokens.push(...p.chunk.tokens);
    }
    const prev = lastInColumn.findIndex((q) => Math.abs(q.x0 - p.chunk.x0) <= 2);
    const entry = { x0: p.chunk.x0, y: p.y, row: p.row! };
    if (prev >= 0) lastInColumn[prev] = entry;
    else lastInColumn.push(entry);
  }
  for (const row of rows) {
    const label = row.labels
      .sort((a, b) => a.chunk.x0 - b.chunk.x0 || a.y - b.y)
      .map((p) => p.chunk.text)
      .join('');
    const cells = row.cells.map((cs) => cs.map((c) => c.text).join(' '));
    // A row without a label has no label field: its values alone are the row (table 4).
    out.push({ text: (label ? [label, ...cells] : cells).join('\t'), tokens: row.tokens.sort((a, b) => a.page - b.page) });
  }
  return out;
}

/** `yOf` places a line on one vertical axis across pages, so a row split by a page break stays in order. */
export function layoutTable(lines: readonly VisualLine[], yOf: (l: VisualLine) => number): TableRow[] {
  return splitParts(lines, yOf).flatMap((part) => layoutPart(part, yOf));
}
