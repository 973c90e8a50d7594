/**
 * Table 3 (收到和处理政府信息公开申请情况) of either template in one cell form:
 * the three header rows over the applicant columns, then one row per TABLE3
 * entry under its groups (三、本年度办理结果, （三）不予公开 …).
 */
import { TABLE3, getPath, type Table3Row } from '../schema';
import { APPLICANT_COLUMNS, type ApplicantRow } from '../types';
import type { RenderContext } from './createRenderContext';
import { spaceOut } from './styleLabel';
import { writeMarkdown, writeTabs, type GridRow } from './writeGrid';

const NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
const RESULTS = '三、本年度办理结果';
const COMPANY = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];

function cells(ctx: RenderContext, key: string): { texts: string[]; blank: boolean } {
  const row = getPath(ctx.values.applications, key) as ApplicantRow;
  const values = APPLICANT_COLUMNS.map((c) => row[c]);
  return { texts: values.map((v) => ctx.cell(v, '件', true)), blank: values.includes(null) };
}

/** Split a label into `n` consecutive parts (a merged cell's text spread over its rows). */
function splitParts(text: string, n: number): string[] {
  const chars = [...text];
  const size = Math.ceil(chars.length / n);
  return Array.from({ length: n }, (_, i) => chars.slice(i * size, (i + 1) * size).join(''));
}

type Role = 'head' | 'result' | 'sub' | 'otherAll';

function roleOf(row: Table3Row): Role {
  if (row.key === 'otherDisposal.all') return 'otherAll';
  if (row.group === null) return 'head';
  return row.group === RESULTS ? 'result' : 'sub';
}

function gridRows(base: RenderContext, labelCols: 2 | 3, trailing: number): GridRow[] {
  // Seed 002: tab cells, but the labels' characters split by spaces.
  const spaced = base.layout.cells === 'tabs' && base.rng.chance(0.25);
  const spacer = base.rng.fork('table3 spaces');
  const ctx: RenderContext = spaced ? { ...base, label: (t) => spaceOut(base.label(t), spacer) } : base;
  const rows = TABLE3[ctx.template];
  const L = labelCols;
  const empty = (n: number): string[] => Array(n).fill('');
  const total = ctx.label('总计');
  const totalFirst = ctx.rng.chance(0.5);
  const out: GridRow[] = [
    // labelAt: the long 勾稽 note may break over two lines like a long row label.
    { fields: [ctx.label(NOTE), ...empty(L - 1), ctx.label('申请人情况'), ...empty(5), totalFirst ? total : '', ...empty(trailing)], exact: true, labelAt: 0 },
    { fields: [...empty(L), ctx.label('自然人'), ctx.label('法人或其他组织'), ...empty(4), totalFirst ? '' : total, ...empty(trailing)], exact: true },
    { fields: [...empty(L + 1), ...COMPANY.map(ctx.label), '', ...empty(trailing)], exact: true },
  ];
  // The merged cells' texts: 三、本年度办理结果 over the first result rows, each group label over its first rows.
  const resultParts = splitParts(ctx.label(RESULTS), L === 3 ? ctx.rng.int(1, 3) : ctx.rng.int(1, 2));
  let resultIndex = 0;
  let group: string | null = null;
  let groupParts: string[] = [];
  for (const row of rows) {
    const role = roleOf(row);
    const label = ctx.label(row.label);
    if (role === 'sub' && row.group !== group) {
      group = row.group;
      groupParts = splitParts(ctx.label(row.group ?? ''), ctx.rng.chance(0.25) ? 2 : 1);
    }
    const resultPart = (role === 'result' || (role === 'sub' && L === 3)) && resultIndex < resultParts.length ? resultParts[resultIndex++] : '';
    let labels: string[];
    let labelAt: number;
    if (role === 'head') [labels, labelAt] = [[label, ...empty(L - 1)], 0];
    else if (role === 'otherAll') [labels, labelAt] = [L === 3 ? ['', label, ''] : [label, ''], L === 3 ? 1 : 0];
    else if (role === 'result') [labels, labelAt] = [L === 3 ? [resultPart, label, ''] : [resultPart, label], 1];
    else {
      const groupPart = groupParts.shift() ?? '';
      [labels, labelAt] = [L === 3 ? [resultPart, groupPart, label] : [groupPart, label], L - 1];
    }
    const { texts, blank } = cells(ctx, row.key);
    out.push({ fields: [...labels, ...texts, ...empty(trailing)], exact: blank, labelCols: L, labelAt });
  }
  return out;
}

/** One cell per line (seed 004): header words on their own lines, vertical 三、本年度办理结果, wrapped labels. */
function linesRows(ctx: RenderContext): string[] {
  const rng = ctx.rng;
  const spaced = ctx.layout.cells === 'spaced';
  const gap = (): string[] => (!spaced && rng.chance(0.7) ? [''] : []);
  const out: string[] = [];
  if (spaced) {
    out.push(`${ctx.label(NOTE)} ${ctx.label('申请人情况')}`);
    out.push(`${ctx.label('自然人')} ${ctx.label('法人或其他组织')} ${ctx.label('总计')}`);
    out.push(COMPANY.map(ctx.label).join(' '));
  } else {
    const note = [...NOTE];
    const cut = rng.int(10, note.length - 5);
    const words = rng.chance(0.5) ? [note.slice(0, cut).join(''), note.slice(cut).join('')] : [NOTE];
    words.push('申请人情况', '自然人', '法人或其他组织');
    if (rng.chance(0.5)) words.push('总计商业', '企业');
    else words.push('总计', '商业企业');
    words.push('科研', '机构', '社会', '公益', '组织', '法律', '服务', '机构', '其他');
    for (const w of words) out.push(...gap(), ctx.label(w));
  }
  const rows = TABLE3[ctx.template];
  const vertical = [...RESULTS];
  const firstResult = rows.findIndex((r) => r.group !== null);
  const lastResult = rows.findIndex((r) => r.key === 'total');
  const splitAt = rng.int(firstResult + 1, lastResult);
  const verticalCut = rng.int(3, vertical.length - 1);
  const wrap = rng.int(12, 20);
  let group: string | null = null;
  rows.forEach((row, i) => {
    if (!spaced && i === firstResult) for (const c of vertical.slice(0, verticalCut)) out.push(...gap(), c);
    if (!spaced && i === splitAt) for (const c of vertical.slice(verticalCut)) out.push(...gap(), c);
    let prefix = '';
    if (spaced && i === firstResult) prefix = `${ctx.label(RESULTS)} `;
    if (roleOf(row) === 'sub' && row.group !== group) {
      group = row.group;
      if (spaced) prefix += `${ctx.label(group ?? '')} `;
      else out.push(...gap(), ctx.label(group ?? ''));
    }
    const numbers = cells(ctx, row.key).texts.filter((t) => t !== '');
    const label = ctx.label(row.label);
    const chars = [...label];
    if (spaced || chars.length <= wrap) {
      out.push(...gap(), [prefix + label, ...numbers].join(' '));
      return;
    }
    for (let at = 0; at < chars.length; at += wrap) out.push(...gap(), chars.slice(at, at + wrap).join(''));
    if (numbers.length === 0) return;
    if (rng.chance(0.6)) out.push(numbers.join(' '));
    else out[out.length - 1] += ` ${numbers.join(' ')}`;
  });
  return out;
}

export function renderTable3(ctx: RenderContext): string[] {
  const form = ctx.layout.cells;
  if (form === 'tabs') return writeTabs(gridRows(ctx, ctx.rng.chance(0.5) ? 3 : 2, ctx.rng.chance(0.5) ? 1 : 0), ctx.rng);
  if (form === 'markdown') return writeMarkdown(gridRows(ctx, 3, 0));
  return linesRows(ctx);
}
