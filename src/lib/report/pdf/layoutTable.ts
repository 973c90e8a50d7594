/**
 * One table block → rows of the text form, one tab-separated line per table row:
 * `label \t cell \t cell …`, every row as wide as the table, a blank cell an empty
 * field in its own column. Columns come from geometry, never from reading order:
 *
 * - the block is cut into parts where a line with text reaching over the value columns,
 *   or starting right of every row label, follows value rows (table 2's sub-tables, each with its own header and columns);
 * - a part's value columns are the clusters of its values' positions (centres, left or
 *   right edges: whichever alignment gives the fewest columns), plus header cells
 *   standing alone over a column no value falls in (a column blank in every row) — in a table
 *   of values only (table 4), left of the first value too;
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
  /** Why cells of the row were left blank, where the layout leaves their place uncertain. */
  warning?: string;
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

/** A row's own number (1. （一）), not a section's (一、): a sub-table's header never opens with one. */
const ROW_NUMBERED = /^(?:[（(]\s*[一二三四五六七八九十]+\s*[）)]|\d{1,2}\s*[.．、](?!\d))/;

/**
 * A label-only line after value rows opens a new part when text of it reaches over the value
 * columns or starts right of every row label — unless all such text opens with a row number:
 * a row label in its own column (`8 .属于行政查询事`, in a grid whose other rows put their labels
 * further left) is the table going on.
 */
function opensPart(line: VisualLine, valueStart: number, labelEnd: number): boolean {
  const over = line.chunks.filter((c) => c.x1 > valueStart + c.size * 0.5 || (labelEnd > -Infinity && c.x0 > labelEnd));
  return over.length > 0 && !over.every((c) => ROW_NUMBERED.test(c.text.trim()));
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
    } else if (valueStart < Infinity && opensPart(line, valueStart, labelEnd)) {
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

interface Piece {
  chunk: Chunk;
  y: number;
}

interface Row {
  cy: number;
  /** The row's own chunks (labels and values), then the label-only chunks joined to it. */
  pieces: Piece[];
  /** How many of `pieces` are the row's own line. */
  own: number;
  tokens: PdfToken[];
}

/**
 * Value rows, and the label-only lines after the first one joined to them, top down: a line
 * that does not open with a number and sits right under another label piece in the same
 * column continues it; others join the nearest row — a blank row's label then leaves it for a
 * row of its own (`splitBlankRows`).
 */
function collectRows(lines: readonly VisualLine[], yOf: (l: VisualLine) => number): Row[] {
  const rows: Row[] = [];
  const labelOnly: Piece[] = [];
  for (const l of lines) {
    const y = yOf(l);
    if (l.chunks.some(isValueChunk)) rows.push({ cy: y, pieces: l.chunks.map((chunk) => ({ chunk, y })), own: l.chunks.length, tokens: [...l.tokens] });
    else for (const chunk of l.chunks) labelOnly.push({ chunk, y });
  }
  const pieces = [
    ...rows.flatMap((row) => row.pieces.filter((p) => !isValueChunk(p.chunk)).map((p) => ({ ...p, row: row as Row | null }))),
    ...labelOnly.map((p) => ({ ...p, row: null as Row | null })),
  ].sort((a, b) => a.y - b.y || a.chunk.x0 - b.chunk.x0);
  const lastInColumn: { x0: number; centre: number; y: number; row: Row }[] = [];
  // One column: lines starting at one x, or centred on one x (a centred cell's wrapped lines, as Word prints them).
  const sameColumn = (q: { x0: number; centre: number }, c: Chunk) => Math.abs(q.x0 - c.x0) <= 2 || Math.abs(q.centre - centre(c)) <= 2;
  for (const p of pieces) {
    if (!p.row) {
      const above = lastInColumn.find((q) => sameColumn(q, p.chunk) && p.y - q.y > 0 && p.y - q.y <= 2.2 * p.chunk.size);
      const continues = above && !ENUMERATED.test(p.chunk.text.trim());
      p.row = continues ? above.row : rows.reduce((best, r) => (Math.abs(r.cy - p.y) < Math.abs(best.cy - p.y) ? r : best));
      p.row.pieces.push({ chunk: p.chunk, y: p.y });
      p.row.tokens.push(...p.chunk.tokens);
    }
    const prev = lastInColumn.findIndex((q) => sameColumn(q, p.chunk));
    const entry = { x0: p.chunk.x0, centre: centre(p.chunk), y: p.y, row: p.row };
    if (prev >= 0) lastInColumn[prev] = entry;
    else lastInColumn.push(entry);
  }
  const valueRows = [...rows];
  for (const [i, row] of valueRows.entries()) {
    const { blank, tails } = splitBlankRows(row, pieces);
    rows.push(...blank);
    // A label's end at the top of the next page goes back to the row above, on the page before.
    const above = valueRows[i - 1];
    const pageOf = (r: Row) => r.pieces[0].chunk.tokens[0].page;
    for (const tail of tails) {
      const to = above && pageOf(above) < tail.tokens[0].page ? above : row;
      to.pieces.push(...tail.pieces);
      to.tokens.push(...tail.tokens);
    }
  }
  for (const row of rows) row.tokens.sort((a, b) => a.page - b.page);
  return rows.sort((a, b) => a.cy - b.cy);
}

/**
 * The labels of blank rows (rows with no values, every cell empty) that joined a row as the row
 * nearest to them, split off as rows of their own. A row's label is runs of lines, one per column
 * (a numbered line and the lines wrapping it); the runs reaching within a font size of the row's
 * values' line are its own. A numbered run that does not reach them, with no label going on under
 * it, is a blank row's label when one of the row's own numbered runs stands in its column
 * (1.属于国家秘密 over 2.其他法律行政法规禁止公开) or left of it (a label across both columns: （七）总计
 * under a blank 3.其他). A label going on under it makes it a wrapped label, whose row's values can
 * share their line with the label of the group the row is in (（四）无法提供); a group label stands
 * left of the labels of the rows it spans, never right. Where no run of a column reaches the
 * values, the one nearest to them stays. Lines above the row's own numbered label in its column,
 * not numbered and not reaching the values, are `tails`: the end of the label above when that row
 * is on the page before (a row split by a page break).
 */
function splitBlankRows(row: Row, labels: readonly Piece[]): { blank: Row[]; tails: { pieces: Piece[]; tokens: PdfToken[] }[] } {
  const columns: Piece[][] = [];
  for (const p of row.pieces.filter((q) => !isValueChunk(q.chunk)).sort((a, b) => a.y - b.y)) {
    const col = columns.find((c) => Math.abs(c[0].chunk.x0 - p.chunk.x0) <= 2);
    if (col) col.push(p);
    else columns.push([p]);
  }
  const numbered = (run: Piece[]) => ENUMERATED.test(run[0].chunk.text.trim());
  const reach = (run: Piece[]) => Math.max(0, run[0].y - row.cy, row.cy - run[run.length - 1].y);
  const reaches = (run: Piece[]) => reach(run) <= run[0].chunk.size;
  const runsOf = columns.map((col) => {
    const runs: Piece[][] = [];
    for (const p of col) {
      if (!runs.length || ENUMERATED.test(p.chunk.text.trim())) runs.push([p]);
      else runs[runs.length - 1].push(p);
    }
    return runs;
  });
  const own = runsOf.flat().filter((run) => reaches(run) && numbered(run));
  // A label going on below the run, under it (not numbered): the run is a wrapped label, whose
  // row's values can share their line with the label of the group the row is in (（三）不予公开).
  const wraps = (run: Piece[]) => {
    const [first, last] = [run[0], run[run.length - 1]];
    return labels.some(
      (q) => !run.includes(q) && !ENUMERATED.test(q.chunk.text.trim()) && q.y > last.y && q.y - last.y <= 2.2 * q.chunk.size && q.chunk.x0 < first.chunk.x1 && q.chunk.x1 > first.chunk.x0,
    );
  };
  const leaving = new Set<Piece[]>();
  for (const runs of runsOf) {
    if (runs.length >= 2 && !runs.some(reaches)) {
      const keep = runs.reduce((best, r) => (reach(r) < reach(best) ? r : best));
      for (const run of runs) if (run !== keep && numbered(run)) leaving.add(run);
    }
    for (const run of runs) {
      if (reaches(run) || !numbered(run)) continue;
      if (!wraps(run) && own.some((o) => o[0].chunk.x0 <= run[0].chunk.x0 + 2)) leaving.add(run);
    }
  }
  // Lines above the row's own numbered label in its column, wrapping no label of theirs: the end of
  // the label above where its row is split by a page break (its values on the page before).
  // The lines are taken whole (a centred line can be several chunks), numbered chunks aside.
  const tailed = runsOf.some((runs) => runs.length >= 2 && !numbered(runs[0]) && !reaches(runs[0]) && own.includes(runs[1]));
  const top = Math.min(...own.map((run) => run[0].y));
  const page = row.pieces[0].chunk.tokens[0].page;
  const tails = tailed
    ? [row.pieces.filter((p) => !isValueChunk(p.chunk) && p.y < top && p.chunk.tokens[0].page === page && !ENUMERATED.test(p.chunk.text.trim()) && !reaches([p]) && ![...leaving].some((run) => run.includes(p)))]
    : [];
  const cut = (run: Piece[]) => {
    const gone = new Set(run);
    const tokens = new Set(run.flatMap((p) => p.chunk.tokens));
    row.pieces = row.pieces.filter((p) => !gone.has(p));
    row.tokens = row.tokens.filter((t) => !tokens.has(t));
    return [...tokens];
  };
  return {
    blank: [...leaving].map((run) => ({ cy: run[0].y, pieces: run, own: 0, tokens: cut(run) })),
    tails: tails.map((run) => ({ pieces: run, tokens: cut(run) })),
  };
}


/**
 * A row's label pieces in reading order: columns left to right, each top down. Pieces whose
 * extents overlap are one column (a centred cell's wrapped lines start at different x).
 */
function joinPieces(ps: Piece[]): string {
  const columns: { x1: number; pieces: Piece[] }[] = [];
  for (const p of [...ps].sort((a, b) => a.chunk.x0 - b.chunk.x0 || a.y - b.y)) {
    const last = columns[columns.length - 1];
    if (last && p.chunk.x0 < last.x1 - 1) {
      last.pieces.push(p);
      last.x1 = Math.max(last.x1, p.chunk.x1);
    } else columns.push({ x1: p.chunk.x1, pieces: [p] });
  }
  return columns.flatMap((c) => c.pieces.sort((a, b) => a.y - b.y || a.chunk.x0 - b.chunk.x0).map((p) => p.chunk.text)).join('');
}
const joinCell = (ps: Piece[]) =>
  ps
    .sort((a, b) => a.y - b.y || a.chunk.x0 - b.chunk.x0)
    .map((p) => p.chunk.text)
    .join(' ');

function cutAtColumns(c: Chunk, starts: number[]): Chunk[] {
  const cuts = c.tokens.map((t, i) => i > 0 && starts.some((x) => Math.abs(x - t.x0) <= 1.5));
  if (!cuts.some(Boolean)) return [c];
  const out: Chunk[] = [];
  c.tokens.forEach((t, i) => {
    const last = out[out.length - 1];
    if (!last || cuts[i]) out.push({ text: t.text, tokens: [t], x0: t.x0, x1: t.x1, cy: t.cy, size: t.size });
    else {
      last.text += t.text;
      last.tokens.push(t);
      last.x1 = t.x1;
    }
  });
  return out;
}

/**
 * A web table printed to PDF (Chromium's Save as PDF): every cell's text starts at its
 * column's left edge, labels and values alike, and rows put them in whichever column the
 * page's table had. Columns are the clusters of left edges; each row is laid out on them
 * all, as the HTML reader lays out the page's grid.
 */
function layoutGrid(input: readonly VisualLine[], firstValueRow: number, yOf: (l: VisualLine) => number): TableRow[] {
  // Cells a letter space apart ran together into one chunk (自然人商业): cut them where a column starts.
  const starts = clusters(
    input.flatMap((l) => l.chunks.map((c) => c.x0)),
    2.5,
  );
  const lines = input.map((l) => ({ ...l, chunks: l.chunks.flatMap((c) => cutAtColumns(c, starts)) }));
  const columns = clusters(
    lines.flatMap((l) => l.chunks.map((c) => c.x0)),
    2.5,
  );
  const colOf = (x: number) => columns.reduce((best, c, i) => (Math.abs(c - x) < Math.abs(columns[best] - x) ? i : best), 0);
  const layout = (pieces: Piece[], tokens: PdfToken[]): TableRow => {
    const cells = columns.map((): Piece[] => []);
    for (const p of pieces) cells[colOf(p.chunk.x0)].push(p);
    return { text: cells.map(joinCell).join('\t'), tokens };
  };
  return [
    ...lines.slice(0, firstValueRow).map((l) => layout(l.chunks.map((chunk) => ({ chunk, y: yOf(l) })), l.tokens)),
    ...collectRows(lines.slice(firstValueRow), yOf).map((r) => layout(r.pieces, r.tokens)),
  ];
}

function layoutPart(lines: readonly VisualLine[], yOf: (l: VisualLine) => number): TableRow[] {
  const firstValueRow = lines.findIndex((l) => l.chunks.some(isValueChunk));
  if (firstValueRow < 0) return lines.map((l) => ({ text: l.chunks.map((c) => c.text).join('\t'), tokens: l.tokens }));
  const values = lines.flatMap((l) => l.chunks.filter(isValueChunk));
  // Text starting exactly where values start (headers over them, labels in their columns): a left-aligned web table.
  // Not text centred on a value of its own width (量 over 40 in a centred table start at one x too),
  // nor a few texts starting where values do in a table whose texts are centred on its values
  // (Word's centred cells on an even grid).
  const texts = lines.flatMap((l) => l.chunks.filter((c) => !isValueChunk(c)));
  const startsWith = (t: Chunk, v: Chunk) => Math.abs(v.x0 - t.x0) <= 1.5 && Math.abs(centre(v) - centre(t)) > 1.5;
  const centredOn = (t: Chunk, v: Chunk) => Math.abs(centre(v) - centre(t)) <= 1.5 && Math.abs(v.x0 - t.x0) > 1.5;
  const left = texts.filter((t) => values.some((v) => startsWith(t, v))).length;
  const centred = texts.filter((t) => values.some((v) => centredOn(t, v))).length;
  if (left >= 2 && left > centred) return layoutGrid(lines, firstValueRow, yOf);

  const tol = Math.max(3, 0.8 * median(values.map((c) => c.size)));
  const align = (['center', 'x0', 'x1'] as const)
    .map((a) => ({ a, n: clusters(values.map((c) => at(c, a)), tol).length }))
    .reduce((best, o) => (o.n < best.n ? o : best)).a;
  const bands = clusters(values.map((c) => at(c, align)), tol).map((pos) => ({ pos, header: false }));
  // Values start at the first column two rows share: one row drawn out of line (a Word row with
  // fewer cells, which Writer spreads over the table's width) does not turn the labels of the
  // others into cells.
  const shared = values.filter((v) => values.some((w) => w !== v && Math.abs(at(w, align) - at(v, align)) <= tol));
  const valueStart = Math.min(...(shared.length ? shared : values).map((c) => c.x0));
  // In a table of values only (no value row has a label: table 4), every header cell stands over
  // a column, even left of the first value (table 4's first columns, blank in its one row).
  const unlabelled = lines.slice(firstValueRow).every((l) => !l.chunks.some(isValueChunk) || l.chunks.every(isValueChunk));
  // A header cell starting right of every row label, right of another header cell on its line,
  // stands over a column too, where the table's first value columns are blank in every row (a
  // sub-table whose only numbers are in its last column) — not a caption alone on its line
  // (第二十条第（五）项), nor the label column's own header (信息内容).
  const rowLabels = lines.slice(firstValueRow).flatMap((l) => (l.chunks.some(isValueChunk) ? l.chunks.filter((c) => !isValueChunk(c) && c.x1 < valueStart) : []));
  const labelEnd = rowLabels.length ? Math.max(...rowLabels.map((c) => c.x1)) : Infinity;
  const pastLabels = new Set(lines.slice(0, firstValueRow).flatMap((l) => l.chunks.slice(1).filter((c) => c.x0 > labelEnd)));
  const overColumns = (c: Chunk) => centre(c) >= valueStart || unlabelled || pastLabels.has(c);
  const spacing = median(bands.slice(1).map((b, i) => b.pos - bands[i].pos));
  // A column of one row's values only, under no header cell's middle, is that row drawn out of line (a Word
  // row with fewer cells, which Writer spreads over the table's width): not a column of the table.
  const valueLines = lines.slice(firstValueRow).filter((l) => l.chunks.some(isValueChunk));
  const headers = lines.slice(0, firstValueRow).flatMap((l) => l.chunks.filter((c) => c.x1 - c.x0 <= 1.5 * spacing));
  const rowsAt = (pos: number) => valueLines.filter((l) => l.chunks.some((c) => isValueChunk(c) && Math.abs(at(c, align) - pos) <= tol)).length;
  const under = (c: Chunk, pos: number) => c.x0 - tol <= pos && pos <= c.x1 + tol && Math.abs(centre(c) - pos) <= Math.max(tol, spacing / 3);
  const stray = (pos: number) => valueLines.length >= 3 && rowsAt(pos) < 2 && !headers.some((c) => under(c, pos));
  const strays = bands.filter((b) => stray(b.pos)).map((b) => b.pos);
  if (strays.length && strays.length < bands.length) bands.splice(0, bands.length, ...bands.filter((b) => !strays.includes(b.pos)));
  else strays.length = 0;
  const columns = bands.length;
  // Header cells over a column without any value (blank in every row) add that column. Columns are
  // as far apart as the values' columns, or as the cells of the header line holding the most of
  // them, if those are nearer: values missing from a column in every row leave a gap twice as wide.
  const headerLine = lines
    .slice(0, firstValueRow)
    .map((l) => l.chunks.filter(overColumns).map((c) => at(c, align)))
    .reduce((most, xs) => (xs.length > most.length ? xs : most), [] as number[]);
  const headerSpacing = headerLine.length >= 2 ? median(headerLine.slice(1).map((x, i) => x - headerLine[i])) : Infinity;
  const columnSpacing = Math.min(bands.length >= 2 ? spacing : Infinity, headerSpacing);
  if (columnSpacing < Infinity) {
    for (const l of lines.slice(0, firstValueRow))
      for (const c of l.chunks) {
        const x = at(c, align);
        if (!overColumns(c) || c.x1 - c.x0 > columnSpacing) continue;
        if (bands.every((b) => Math.abs(b.pos - x) > Math.max(tol, columnSpacing * 0.6))) bands.push({ pos: x, header: true });
      }
    bands.sort((a, b) => a.pos - b.pos);
  }
  const bandOf = (x: number) => {
    let best = 0;
    for (let i = 1; i < bands.length; i++) if (Math.abs(bands[i].pos - x) < Math.abs(bands[best].pos - x)) best = i;
    return best;
  };
  const emptyCells = () => bands.map((): Piece[] => []);

  const out: TableRow[] = [];
  for (const l of lines.slice(0, firstValueRow)) {
    const label: string[] = [];
    const cells = emptyCells();
    for (const c of l.chunks) {
      if (centre(c) < valueStart - tol && !overColumns(c)) label.push(c.text);
      else cells[bandOf(at(c, align))].push({ chunk: c, y: yOf(l) });
    }
    out.push({ text: [label.join(' '), ...cells.map(joinCell)].join('\t'), tokens: l.tokens });
  }
  const valueBands = bands.flatMap((b, i) => (b.header ? [] : [i]));
  for (const row of collectRows(lines.slice(firstValueRow), yOf)) {
    const own = new Set(row.pieces.slice(0, row.own));
    const labels: Piece[] = [];
    const cells = emptyCells();
    const rowCells: Piece[] = [];
    for (const p of row.pieces) {
      // Chunks of the row's own line right of the labels are cells; label-only lines are labels.
      if (own.has(p) && (isValueChunk(p.chunk) || centre(p.chunk) >= valueStart)) rowCells.push(p);
      else labels.push(p);
    }
    const label = joinPieces(labels);
    let warning: string | undefined;
    if (!rowCells.some((p) => strays.some((x) => Math.abs(at(p.chunk, align) - x) <= tol))) for (const p of rowCells) cells[bandOf(at(p.chunk, align))].push(p);
    // A row out of line: as many cells as the table has value columns fill them in order; else
    // where each number belongs is unknown, and none is read.
    else if (rowCells.length === columns) rowCells.sort((a, b) => a.chunk.x0 - b.chunk.x0).forEach((p, i) => cells[valueBands[i]].push(p));
    else warning = `PDF 第 ${row.tokens[0].page} 页表格${label ? `行「${label}」` : '中一行'}的数字与表格的列不齐，未读取`;
    const texts = cells.map(joinCell);
    // A row without a label has no label field: its values alone are the row (table 4).
    out.push({ text: (label ? [label, ...texts] : texts).join('\t'), tokens: row.tokens, ...(warning ? { warning } : {}) });
  }
  return out;
}

/** `yOf` places a line on one vertical axis across pages, so a row split by a page break stays in order. */
export function layoutTable(lines: readonly VisualLine[], yOf: (l: VisualLine) => number): TableRow[] {
  return splitParts(lines, yOf).flatMap((part) => layoutPart(part, yOf));
}
