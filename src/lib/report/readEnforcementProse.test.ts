import { describe, expect, it } from 'vitest';
import { readEnforcementProse } from './readEnforcementProse';
import { createReadState } from './readState';
import { createTextDocument } from './textDocument';

const read = (text: string) => {
  const state = createReadState();
  return { found: readEnforcementProse(createTextDocument(text), state), state };
};

describe('licensing, penalty and coercion decisions stated in prose (table 2 missing)', () => {
  const cases: [string, string, Record<string, number>][] = [
    ['处理事项 … 件', '2021年度，区公安分局主动公开行政许可处理事项746件、行政处罚处理事项887件。', { licensing: 746, penalty: 887 }],
    ['作出 … 决定 … 件', '全年共作出行政处罚决定 1,236 件，行政强制决定382件。', { penalty: 1236, coercion: 382 }],
    ['办结 … 事项', '办结行政许可事项9375件。', { licensing: 9375 }],
    ['a count of items (项) is not a count of decisions', '我局共有行政许可事项40项，行政处罚事项6项。', {}],
    ['a count of kinds (个) is not a count of decisions', '梳理行政许可事项40个。', {}],
    ['a document (决定书 … 份) is not a count', '公开行政处罚决定书5份。', {}],
    ['table rows are not prose', '行政许可\t1370\t\t', {}],
  ];
  for (const [contract, text, want] of cases) it(contract, () => expect(read(text).found).toEqual(want));

  it('each value has its sentence as evidence and a warning says where it came from', () => {
    const { state } = read('一、总体情况\n全年作出行政处罚决定887件。');
    expect(state.evidence['active.penalty.decisions']).toEqual({ line: 2, text: '全年作出行政处罚决定887件。' });
    expect(state.warnings).toEqual(['表二未找到：行政处罚决定数取自正文']);
  });
});
