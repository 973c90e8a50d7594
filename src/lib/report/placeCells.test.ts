import { describe, expect, it } from 'vitest';
import { placeCells } from './placeCells';
import { sumsToLast } from './solve/readDigitRun';
import { splitRow } from './splitRow';

const row = (text: string) => splitRow({ n: 1, raw: text, text });
const SEVEN = [{ kinds: Array(7).fill('count' as const), holds: sumsToLast }];
const values = (text: string) => placeCells(row(text), 7, { blocks: SEVEN }).cells.map((c) => c?.value ?? null);

describe('placeCells: space-separated rows with too few numbers', () => {
  it('a number written with a leading zero is two narrow cells run together (pdftotext -layout): cut where exactly one cut adds up', () => {
    expect(values('（一）予以公开 7 0 0 0 0 07')).toEqual([7, 0, 0, 0, 0, 0, 7]);
    expect(values('1.属于国家秘密 0 0 0 0 00 0')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(values('二、上年结转 0 0 0 0 000')).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('a cut that does not add up, or several that do, leaves the row blank with a warning — never a guess', () => {
    const noSum = placeCells(row('（一）予以公开 7 0 0 0 0 08'), 7, { blocks: SEVEN });
    expect(noSum.cells).toEqual(Array(7).fill(null));
    expect(noSum.problem?.kind).toBe('no-sum');
    // 0110 cuts only as 0|110, and 1 + 0 + … + 0 is not 110.
    expect(values('1 0 0 0 0 0110')).toEqual(Array(7).fill(null));
  });

  it('too few numbers with none run together is a blank cell whose place is unknown: the row stays blank', () => {
    const p = placeCells(row('（一）予以公开 10 0 0 0 0 10'), 7, { blocks: SEVEN });
    expect(p.cells).toEqual(Array(7).fill(null));
    expect(p.problem).toEqual({ kind: 'ambiguous', found: 6 });
  });
});

describe('placeCells: a structured row read by the header\'s column positions', () => {
  const GRID = { first: 2, width: 9 };
  const cells = (text: string) => placeCells(row(text), 7, { grid: GRID });

  it('puts each field under its header column, a blank first cell kept blank', () => {
    const p = cells('（五）不予处理\t1.信访举报投诉类申请\t\t0\t0\t0\t0\t0\t1');
    expect(p.cells.map((c) => c?.value ?? null)).toEqual([null, 0, 0, 0, 0, 0, 1]);
    expect(p.problem).toBeNull();
  });

  it('numbers past the header\'s last column: the fields do not stand under its columns, and the row stays blank — never shifted', () => {
    // A PDF row drawn one column out of line: read by position it would give 商业 1 and 总计 0.
    const p = cells('（五）不予处理\t1.信访举报投诉类申请\t\t1\t0\t0\t0\t0\t0\t1');
    expect(p.cells).toEqual(Array(7).fill(null));
    expect(p.problem).toEqual({ kind: 'extra-columns', found: 7 });
  });
});
