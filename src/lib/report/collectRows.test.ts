import { describe, expect, it } from 'vitest';
import { collectRows } from './collectRows';
import { createTextDocument } from './textDocument';

const rowsOf = (text: string, names: (label: string) => boolean = () => false) =>
  collectRows(createTextDocument(text).lines, names).map((r) => ({ label: r.label, continuation: r.continuation, cells: r.row.cells }));

describe('collectRows: space-separated rows torn across lines', () => {
  it("a row's first value on its label's first line, the rest after the label's next words, is one row", () => {
    const text = '  一、本年新收政府信息公开申 0\n  请数量              0     0   0   0   00\n  二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0';
    expect(rowsOf(text)).toEqual([
      { label: '一、本年新收政府信息公开申', continuation: '请数量', cells: ['0', '0', '0', '0', '0', '00'] },
      { label: '二、上年结转政府信息公开申请数量', continuation: '', cells: ['0', '0', '0', '0', '0', '0', '0'] },
    ]);
  });

  it('words that open a row of their own (a row number, or a label naming a row) start the next row', () => {
    const names = (l: string) => l === '行政许可';
    expect(rowsOf('（一）予以公开 1\n1.属于国家秘密 0 0 0 0 0 0')).toHaveLength(2);
    expect(rowsOf('规章 1\n行政许可 0 0', names)).toHaveLength(2);
  });

  it("sibling rows' labels before all their numbers are marked apart; a group heading and its first item are not", () => {
    const names = (l: string) => /规章$|规范性文件$|行政处罚$|行政强制$|其他处理$|逾期不补正/.test(l);
    const rows = collectRows(createTextDocument('行政处罚\n行政强制\n4119\n195').lines, names);
    expect(rows.map((r) => r.apart)).toEqual([['行政处罚', '行政强制']]);
    const group = collectRows(createTextDocument('（六）其他处理\n1.申请人无正当理由逾期不补正\n0 0 0 0 0 0 0').lines, names);
    expect(group[0].apart).toBeUndefined();
  });
});
