/**
 * A seed report's TEXT → the blocks a publisher would lay it out in (never built
 * from the parsed values, which would make the comparison circular): every line
 * of prose a paragraph (markdown headings a heading), every run of tab-separated
 * lines a table, with the merges a published table has where the text shows them:
 * a label followed by empty fields spans them (colspan), a label above empty
 * fields of the same columns spans down (rowspan), a number followed only by
 * empty fields spans to the row's end. Merges only ever cover empty fields, so
 * the table's full grid is the text's fields. The HTML page
 * (`seedTextToHtml.ts`) and the Word document (`seedTextToDocx.ts`) are both
 * drawn from these blocks.
 *
 * One repair of the text: a tab row shorter than its table lost fields. When
 * its label is a sub-row's ((七) 总计, (四) 无法提供, 2. 重复申请), they were the
 * cells a merged label column to its left covers — text converters drop them
 * (seed 001's `(七) 总计` sits one column left of its header) — so the builder
 * gives them back in front, where the merge above covers them; other short rows
 * (一、…四、) lost trailing padding. A table keeps every cell, so the layout
 * has each row where the report had it.
 */
import { readCell } from '../../src/lib/report/readCell';

export interface Merge {
  row: number;
  col: number;
  rowspan: number;
  colspan: number;
}

/** Each grid position: the merge starting there, a position a merge covers, or an empty cell. */
export type PlannedCell = Merge | 'covered' | 'empty';

export type SeedBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; grid: string[][]; plan: PlannedCell[][] };

function merges(grid: string[][]): PlannedCell[][] {
  const width = Math.max(...grid.map((r) => r.length));
  const rows = grid.map((r) => [...r, ...Array(width - r.length).fill('')]);
  const out: (PlannedCell | null)[][] = rows.map((r) => r.map(() => null));
  const free = (r: number, c: number) => c < width && rows[r][c].trim() === '' && out[r][c] === null;
  rows.forEach((fields, r) => {
    fields.forEach((field, c) => {
      if (out[r][c] !== null) return;
      if (field.trim() === '') return void (out[r][c] = 'empty');
      const isNumber = readCell(field).kind === 'number';
      let colspan = 1;
      if (!isNumber) while (free(r, c + colspan)) colspan++;
      else if (fields.slice(c + 1).every((f, i) => free(r, c + 1 + i))) colspan = width - c;
      let rowspan = 1;
      if (!isNumber)
        while (
          r + rowspan < rows.length &&
          rows[r + rowspan].some((f, i) => i >= c + colspan && f.trim() !== '') &&
          Array.from({ length: colspan }, (_, i) => free(r + rowspan, c + i)).every(Boolean)
        )
          rowspan++;
      for (let dr = 0; dr < rowspan; dr++) for (let dc = 0; dc < colspan; dc++) out[r + dr][c + dc] = 'covered';
      out[r][c] = { row: r, col: c, rowspan, colspan };
    });
  });
  return out as PlannedCell[][];
}

const SUB_ROW = /^\s*(?:[（(][一二三四五六七八九十]+[)）]|\d+\s*[.．、])/;

function table(lines: string[]): SeedBlock {
  const split = lines.map((l) => l.split('\t'));
  const width = Math.max(...split.map((r) => r.length));
  const grid = split.map((r) => {
    const missing = Array(width - r.length).fill('');
    return SUB_ROW.test(r.find((f) => f.trim()) ?? '') ? [...missing, ...r] : [...r, ...missing];
  });
  return { kind: 'table', grid, plan: merges(grid) };
}

function paragraph(line: string): SeedBlock {
  const heading = /^(#{1,6})\s*(.*)$/.exec(line.trim());
  if (heading) return { kind: 'heading', level: heading[1].length, text: heading[2] };
  return { kind: 'paragraph', text: line.trim() };
}

export function seedTextToBlocks(text: string): SeedBlock[] {
  const lines = text.split(/\r\n|\r|\n/);
  const out: SeedBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    if (!lines[i].includes('\t')) {
      out.push(paragraph(lines[i]));
      continue;
    }
    const run: string[] = [];
    let j = i;
    // Blank lines inside a table do not end it.
    while (j < lines.length && (lines[j].includes('\t') || (!lines[j].trim() && lines.slice(j).find((l) => l.trim())?.includes('\t')))) {
      if (lines[j].trim()) run.push(lines[j]);
      j++;
    }
    out.push(table(run));
    i = j - 1;
  }
  return out;
}
