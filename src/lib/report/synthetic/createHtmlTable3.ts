/**
 * Table 3 as the national template merges it in HTML: the 勾稽关系 note over
 * three columns and three rows, 申请人情况 over seven, 自然人 and 总计 over two
 * header rows; 一、二、四 over the three label columns; 三、本年度办理结果 down
 * every result row; each group label ((三)不予公开 …) down its rows.
 */
import { TABLE3, getPath } from '../schema';
import { APPLICANT_COLUMNS, type ApplicantRow } from '../types';
import type { RenderContext } from './createRenderContext';
import type { HtmlCell, HtmlTable } from './types';

const NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
const RESULTS = '三、本年度办理结果';
const COMPANY = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
const L = 3;

function values(ctx: RenderContext, key: string): HtmlCell[] {
  const row = getPath(ctx.values.applications, key) as ApplicantRow;
  return APPLICANT_COLUMNS.map((c, i) => ({ text: ctx.cell(row[c], '件', true), col: L + i, value: true }));
}

export function createHtmlTable3(ctx: RenderContext): HtmlTable {
  const spec = TABLE3[ctx.template];
  const rows: HtmlCell[][] = [
    [
      { text: ctx.label(NOTE), col: 0, colspan: L, rowspan: 3, head: true },
      { text: ctx.label('申请人情况'), col: L, colspan: 7, head: true },
    ],
    [
      { text: ctx.label('自然人'), col: L, rowspan: 2, head: true },
      { text: ctx.label('法人或其他组织'), col: L + 1, colspan: 5, head: true },
      { text: ctx.label('总计'), col: L + 6, rowspan: 2, head: true },
    ],
    COMPANY.map((t, i) => ({ text: ctx.label(t), col: L + 1 + i, head: true })),
  ];
  const splitPoints: number[] = [];
  // 2019's (六)其他处理 is one row without a group, but it sits among the results.
  const isResult = (r: (typeof spec)[number]) => r.group !== null || r.key === 'otherDisposal.all';
  const resultRows = spec.filter(isResult).length;
  const vertical = ctx.rng.chance(0.3);
  let resultsOpen = false;
  let group: string | null = null;
  for (const row of spec) {
    const cells: HtmlCell[] = [];
    if (!isResult(row)) cells.push({ text: ctx.label(row.label), col: 0, colspan: L });
    else {
      if (!resultsOpen) {
        cells.push({ text: ctx.label(RESULTS), col: 0, rowspan: resultRows, vertical });
        resultsOpen = true;
      }
      const grouped = row.group !== null && row.group !== RESULTS;
      if (!grouped) cells.push({ text: ctx.label(row.label), col: 1, colspan: 2 });
      else {
        if (row.group !== group) {
          group = row.group;
          const size = spec.filter((r) => r.group === group).length;
          cells.push({ text: ctx.label(group ?? ''), col: 1, rowspan: size });
        }
        cells.push({ text: ctx.label(row.label), col: 2 });
      }
    }
    if (rows.length > 4) splitPoints.push(rows.length);
    rows.push([...cells, ...values(ctx, row.key)]);
  }
  return { rows, headerRows: 3, splitPoints };
}
