import { describe, expect, it } from 'vitest';
import { calcStackedShares } from './calcStackedShares';

describe('calcStackedShares', () => {
  it('segments fill the width in category order, shares sum to 1', () => {
    const l = calcStackedShares([{ key: 'a', name: 'A', parts: [6, 3, 1] }], 500);
    const [bar] = l.bars;
    expect(bar.segments.map((s) => s.category)).toEqual([0, 1, 2]);
    expect(bar.segments.map((s) => s.share)).toEqual([0.6, 0.3, 0.1]);
    expect(bar.segments[0].x0).toBe(0);
    expect(bar.segments[2].x1).toBeCloseTo(500);
    expect(bar.total).toBe(10);
  });

  it('zero and blank parts draw nothing; blanks are counted, not turned into 0', () => {
    const l = calcStackedShares([{ key: 'a', name: 'A', parts: [5, 0, null, 5] }], 500);
    expect(l.bars[0].segments.map((s) => s.category)).toEqual([0, 3]);
    expect(l.bars[0].blank).toBe(1);
  });

  it('blank parts of a stated total are an unaccounted segment, not a boost to the known parts', () => {
    // 沂源县公安局 2023: 7 requests, 6 of them in a blank cell (无法提供), 1 不予处理.
    const l = calcStackedShares([{ key: 'a', name: 'A', parts: [0, null, 1, 0], statedTotal: 7 }], 700);
    const [bar] = l.bars;
    expect(bar.total).toBe(7);
    expect(bar.segments).toEqual([{ category: 2, value: 1, share: 1 / 7, x0: 0, x1: 100 }]);
    expect(bar.unknown).toEqual({ value: 6, share: 6 / 7, x0: 100, x1: 700 });
  });

  it('without a stated total, or with every part readable, shares are of the parts', () => {
    const l = calcStackedShares([{ key: 'a', name: 'A', parts: [1, null, 1] }, { key: 'b', name: 'B', parts: [1, 1], statedTotal: 5 }], 500);
    expect(l.bars.map((b) => b.total)).toEqual([2, 2]);
    expect(l.bars.map((b) => b.unknown)).toEqual([null, null]);
  });

  it('a bar with every part blank, or all zero, says so', () => {
    const l = calcStackedShares([{ key: 'a', name: 'A', parts: [null, null] }, { key: 'b', name: 'B', parts: [0, 0] }], 500);
    expect(l.bars.map((b) => b.empty)).toEqual(['allBlank', 'zeroTotal']);
    expect(l.bars.every((b) => b.segments.length === 0)).toBe(true);
  });

  it('one bar per row, stacked downwards', () => {
    const l = calcStackedShares([{ key: 'a', name: 'A', parts: [1] }, { key: 'b', name: 'B', parts: [1] }], 500);
    expect(l.bars[1].y).toBeGreaterThan(l.bars[0].y + l.barHeight);
    expect(l.height).toBeGreaterThan(l.bars[1].y + l.barHeight);
  });

  it.each([
    ['no rows', [], 500, 'noBars'],
    ['too narrow', [{ key: 'a', name: 'A', parts: [1] }], 40, 'tooSmall'],
  ] as const)('empty reason: %s', (_, rows, width, reason) => {
    expect(calcStackedShares(rows.map((r) => ({ ...r, parts: [...r.parts] })), width).empty).toBe(reason);
  });
});
