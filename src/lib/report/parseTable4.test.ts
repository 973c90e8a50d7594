import { describe, expect, it } from 'vitest';
import { parseTable4 } from './parseTable4';
import { createReadState } from './readState';
import { createTextDocument } from './textDocument';

const read = (text: string) => {
  const state = createReadState();
  return { groups: parseTable4(createTextDocument(text).lines, state), state };
};

describe('table 4', () => {
  it('one row of 15 numbers: review, then lawsuits without and after review', () => {
    const { groups } = read('行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计\n1 2 0 0 3 0 0 0 1 1 0 0 0 0 0');
    expect(groups.review).toEqual({ upheld: 1, corrected: 2, other: 0, pending: 0, total: 3 });
    expect(groups.litigationDirect.total).toBe(1);
  });

  it('one row per group, labelled', () => {
    const { groups, state } = read('行政复议、行政诉讼情况\n类别 结果维持 结果纠正 其他结果 尚未审结 总计\n行政复议 1 2 0 0 3\n未经复议直接起诉 0 0 0 1 1\n复议后起诉 0 0 0 0 0');
    expect(groups.review).toEqual({ upheld: 1, corrected: 2, other: 0, pending: 0, total: 3 });
    expect(groups.litigationDirect).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 });
    expect(groups.litigationAfterReview.total).toBe(0);
    expect(state.evidence['litigationDirect.pending'].text).toBe('未经复议直接起诉 0 0 0 1 1');
  });

  it('a group row short of a number cannot be placed and stays null', () => {
    const { groups, state } = read('行政复议\n行政复议 1 2 0 3\n未经复议直接起诉 0 0 0 0 0\n复议后起诉 0 0 0 0 0');
    expect(groups.review).toEqual({ upheld: null, corrected: null, other: null, pending: null, total: null });
    expect(groups.litigationDirect.total).toBe(0);
    expect(state.warnings[0]).toContain('表四「行政复议」行');
  });
});
