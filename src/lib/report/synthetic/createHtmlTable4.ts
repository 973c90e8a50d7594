/**
 * Table 4 as the national template merges it in HTML: 行政复议 over five
 * columns and 行政诉讼 over ten; the five 行政复议 heads down two rows;
 * 未经复议直接起诉 and 复议后起诉 over five each; one row of fifteen values.
 */
import { TABLE4_COLUMN_LABELS, TABLE4_GROUPS } from '../schema';
import { TABLE4_COLUMNS } from '../types';
import type { RenderContext } from './createRenderContext';
import type { HtmlCell, HtmlTable } from './types';

export function createHtmlTable4(ctx: RenderContext): HtmlTable {
  const heads = TABLE4_COLUMNS.map((c) => ctx.label(TABLE4_COLUMN_LABELS[c]));
  const rows: HtmlCell[][] = [
    [
      { text: ctx.label('行政复议'), col: 0, colspan: 5, head: true },
      { text: ctx.label('行政诉讼'), col: 5, colspan: 10, head: true },
    ],
    [
      ...heads.map((text, i) => ({ text, col: i, rowspan: 2, head: true })),
      { text: ctx.label('未经复议直接起诉'), col: 5, colspan: 5, head: true },
      { text: ctx.label('复议后起诉'), col: 10, colspan: 5, head: true },
    ],
    [...heads, ...heads].map((text, i) => ({ text, col: 5 + i, head: true })),
    TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => ctx.values[g][c])).map((v, i) => ({
      text: ctx.cell(v, '件', true),
      col: i,
      value: true,
    })),
  ];
  return { rows, headerRows: 3, splitPoints: [3] };
}
