/**
 * Table 2 (主动公开政府信息情况) of either template in one cell form: blocks of
 * 第二十条第（X）项, a 信息内容 header and one row per item.
 */
import { TABLE2, type Table2Block } from '../schema';
import type { Cell } from '../types';
import type { RenderContext } from './createRenderContext';
import { styleCaption } from './styleLabel';
import { writeMarkdown, writeTabs, type GridRow } from './writeGrid';

/** The unit a table 2 cell carries when units are printed. */
export function table2Unit(field: string): string {
  if (field === 'amountWanYuan') return '万元';
  if (field === 'previousItems' || field === 'itemChange' || field === 'projects') return '项';
  return '件';
}

function rowCells(ctx: RenderContext, key: string, fields: readonly string[]): { texts: string[]; blank: boolean } {
  const row = ctx.values.active[key];
  const values: Cell[] = fields.map((f) => row[f]);
  return { texts: fields.map((f, i) => ctx.cell(values[i], table2Unit(f))), blank: values.includes(null) };
}

function gridBlock(ctx: RenderContext, block: Table2Block, width: number): GridRow[] {
  const pad = (fields: string[]): string[] => [...fields, ...Array(Math.max(0, width - fields.length)).fill('')];
  const rows: GridRow[] = [{ fields: pad(['信息内容', ...block.headers.map(ctx.label)]), exact: true }];
  for (const r of block.rows) {
    const { texts, blank } = rowCells(ctx, r.key, r.fields);
    rows.push({ fields: pad([ctx.label(r.label), ...texts]), exact: blank, labelCols: 1, labelAt: 0 });
  }
  return rows;
}

function linesBlock(ctx: RenderContext, block: Table2Block): string[] {
  const spaced = ctx.layout.cells === 'spaced';
  const gap = (): string[] => (!spaced && ctx.rng.chance(0.6) ? [''] : []);
  const headers = block.headers.map(ctx.label).join(' ');
  const out: string[] = spaced || ctx.rng.chance(0.5) ? [`${ctx.label('信息内容')} ${headers}`] : ['信息内容', ...gap(), headers];
  for (const r of block.rows) {
    const numbers = r.fields.map((f) => ctx.cell(ctx.values.active[r.key][f], table2Unit(f))).filter((t) => t !== '');
    out.push(...gap(), [ctx.label(r.label), ...numbers].join(' '));
  }
  return out;
}

export function renderTable2(ctx: RenderContext): string[] {
  const blocks = TABLE2[ctx.template];
  const form = ctx.layout.cells;
  const out: string[] = [];
  if (form === 'tabs') {
    const padded = ctx.rng.chance(0.5);
    for (const block of blocks) {
      const width = padded ? 4 : 1 + block.headers.length;
      out.push([styleCaption(block.item, ctx.labelStyle), ...Array(width - 1).fill('')].join('\t'));
      out.push(...writeTabs(gridBlock(ctx, block, width), ctx.rng));
    }
    return out;
  }
  if (form === 'markdown') {
    for (const block of blocks) {
      out.push('', styleCaption(block.item, ctx.labelStyle), '');
      out.push(...writeMarkdown(gridBlock(ctx, block, 1 + block.headers.length)));
    }
    return out;
  }
  for (const block of blocks) {
    const caption = styleCaption(block.item, ctx.labelStyle);
    out.push(form === 'spaced' ? ctx.label(caption) : caption);
    if (form === 'lines') out.push('');
    out.push(...linesBlock(ctx, block));
    if (form === 'lines') out.push('');
  }
  return out;
}
