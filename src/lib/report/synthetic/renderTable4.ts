/**
 * Table 4 (行政复议、行政诉讼) in one cell form: the two-level header over
 * 行政复议 / 未经复议直接起诉 / 复议后起诉 and one row of 15 cells.
 */
import { TABLE4_COLUMN_LABELS, TABLE4_GROUPS } from '../schema';
import { TABLE4_COLUMNS } from '../types';
import type { RenderContext } from './createRenderContext';
import { writeMarkdown, writeTabs, type GridRow } from './writeGrid';

function cells(ctx: RenderContext): { texts: string[]; blank: boolean } {
  const values = TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => ctx.values[g][c]));
  return { texts: values.map((v) => ctx.cell(v, '件', true)), blank: values.includes(null) };
}

export function renderTable4(ctx: RenderContext): string[] {
  const rng = ctx.rng;
  const form = ctx.layout.cells;
  const spacedHeads = form === 'tabs' && rng.chance(0.5);
  // "结果 维持" as in seeds 000, 001, 003.
  const heads = TABLE4_COLUMNS.map((c) => {
    const text = TABLE4_COLUMN_LABELS[c];
    return spacedHeads && text.length === 4 ? `${text.slice(0, 2)} ${text.slice(2)}` : ctx.label(text);
  });
  const { texts, blank } = cells(ctx);
  if (form === 'tabs' || form === 'markdown') {
    const trailing = form === 'tabs' && rng.chance(0.5) ? [''] : [];
    const empty = (n: number): string[] => Array(n).fill('');
    const rows: GridRow[] = [
      { fields: [ctx.label('行政复议'), ...empty(4), ctx.label('行政诉讼'), ...empty(9), ...trailing], exact: true },
      { fields: [...heads, ctx.label('未经复议直接起诉'), ...empty(4), ctx.label('复议后起诉'), ...empty(4), ...trailing], exact: true },
      { fields: [...empty(5), ...heads, ...heads, ...trailing], exact: true },
      { fields: [...texts, ...trailing], exact: blank },
    ];
    return form === 'tabs' ? writeTabs(rows, rng) : writeMarkdown(rows);
  }
  const numbers = texts.filter((t) => t !== '').join(' ');
  if (form === 'spaced') {
    return [
      `${ctx.label('行政复议')} ${ctx.label('行政诉讼')}`,
      heads.join(' '),
      `${ctx.label('未经复议直接起诉')} ${ctx.label('复议后起诉')}`,
      [...heads, ...heads].join(' '),
      ...(numbers ? [numbers] : []),
    ];
  }
  const out: string[] = ['行政复议 行政诉讼', ''];
  const headLines = (): void => {
    for (const c of TABLE4_COLUMNS) {
      const text = TABLE4_COLUMN_LABELS[c];
      if (text.length === 4) out.push(text.slice(0, 2), '', text.slice(2), '');
      else out.push(text, '');
    }
  };
  headLines();
  out.push('未经复议直接起诉 复议后起诉', '');
  headLines();
  headLines();
  if (numbers) out.push(numbers);
  return out;
}
