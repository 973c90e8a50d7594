import { describe, expect, it } from 'vitest';
import { agreedCells, countCuts, readDigitRun, sumsToLast, type Block } from './readDigitRun';

const row7: Block[] = [{ kinds: Array(7).fill('count'), holds: sumsToLast }];
const t4: Block[] = [0, 1, 2].map(() => ({ kinds: Array(5).fill('count'), holds: sumsToLast }));

describe('readDigitRun: cells run together are cut as printed numbers are written', () => {
  it('seven digits for seven cells: one reading', () => {
    expect(readDigitRun('1000001', row7).readings).toEqual([[1, 0, 0, 0, 0, 0, 1]]);
  });
  it('a cell never has a leading zero, so 05 is two cells', () => {
    expect(countCuts('1005', [{ kinds: ['count', 'count', 'count'] }], 10)).toBe(1);
  });
  it('spaces are cell boundaries: 230 000023 → 23,0,0,0,0,0,23', () => {
    expect(readDigitRun('230 000023', row7).readings).toEqual([[23, 0, 0, 0, 0, 0, 23]]);
  });
  it('the row sum narrows 270020130 to the readings whose columns add up', () => {
    const r = readDigitRun('270020130', row7);
    expect(r.failed).toBe(0);
    expect(r.readings).toContainEqual([27, 0, 0, 2, 0, 1, 30]);
    expect(r.readings.length).toBe(2);
  });
  it('a sign opens a cell: 35-15 → 35, −15', () => {
    expect(readDigitRun('35-15', [{ kinds: ['count', 'signed'] }]).readings).toEqual([[35, -15]]);
  });
  it('table 4: 21317000001324019 has one reading whose three groups add up', () => {
    const r = readDigitRun('21317000001324019', t4);
    expect(r.readings).toEqual([[2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 13, 2, 4, 0, 19]]);
  });
  it('table 4 that does not add up as published keeps the groups forced by the others', () => {
    const r = readDigitRun('00202000001324015', t4);
    expect(r.failed).toBe(1);
    const cells = agreedCells(r.readings, 15);
    expect(cells.slice(0, 10)).toEqual([0, 0, 2, 0, 2, 0, 0, 0, 0, 0]);
    expect(cells.slice(10).some((c) => c === null)).toBe(true);
  });
  it('too few digits for the cells: no reading', () => {
    expect(readDigitRun('0 00000', row7).readings).toEqual([]);
  });
  it('amounts take decimals: 2 45.82 → 2, 45.82', () => {
    expect(readDigitRun('2 45.82', [{ kinds: ['count', 'amount'] }]).readings).toEqual([[2, 45.82]]);
  });
  it('three cells from 4500 with no identity: two readings', () => {
    expect(readDigitRun('4500', [{ kinds: ['count', 'signed', 'count'] }]).readings.length).toBe(2);
  });
});
