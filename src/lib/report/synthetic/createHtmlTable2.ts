/**
 * Table 2 as the national template merges it in HTML: four columns; each
 * 第二十条第（X）项 caption spans the row, a single value column spans three
 * (行政许可, 行政事业性收费 in 2021), two value columns end with one spanning two.
 */
import { TABLE2 } from '../schema';
import type { Cell } from '../types';
import type { RenderContext } from './createRenderContext';
import { table2Unit } from './renderTable2';
import { styleCaption } from './styleLabel';
import type { HtmlCell, HtmlTable } from './types';

const WIDTH = 4;

/** Cells over columns 1–3 for n values: 3 → one each, 2 → 1 + 2, 1 → 3. */
function valueCells(texts: string[], extra: Partial<HtmlCell>): HtmlCell[] {
  const spans = texts.length === 3 ? [1, 1, 1] : texts.length === 2 ? [1, 2] : [3];
  let col = 1;
  return texts.map((text, i) => {
    const cell: HtmlCell = { text, col, colspan: spans[i], ...extra };
    col += spans[i];
    return cell;
  });
}

export function createHtmlTable2(ctx: RenderContext): HtmlTable {
  const rows: HtmlCell[][] = [];
  const splitPoints: number[] = [];
  for (const block of TABLE2[ctx.template]) {
    if (rows.length) splitPoints.push(rows.length);
    rows.push([{ text: styleCaption(block.item, ctx.labelStyle), col: 0, colspan: WIDTH, head: true }]);
    rows.push([{ text: ctx.label('信息内容'), col: 0, head: true }, ...valueCells(block.headers.map(ctx.label), { head: true })]);
    for (const r of block.rows) {
      const texts = r.fields.map((f) => ctx.cell(ctx.values.active[r.key][f] as Cell, table2Unit(f)));
      rows.push([{ text: ctx.label(r.label), col: 0 }, ...valueCells(texts, { value: true })]);
    }
  }
  return { rows, headerRows: 0, splitPoints };
}
