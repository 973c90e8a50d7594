import { describe, expect, it } from 'vitest';
import { calcGroupedBars } from './calcGroupedBars';

describe('calcGroupedBars', () => {
  it('one group per metric, one bar per agency, each group on its own scale', () => {
    const l = calcGroupedBars([{ key: 'm1', label: 'M1', values: [10, 5] }, { key: 'm2', label: 'M2', values: [1000, 2000] }], 2, 480);
    expect(l.groups).toHaveLength(2);
    expect(l.groups.map((g) => g.bars.length)).toEqual([2, 2]);
    const [a, b] = l.groups[0].bars;
    expect(a.x1 - a.x0).toBeCloseTo(2 * (b.x1 - b.x0));
    expect(l.groups[1].bars[1].x1).toBe(l.right);
    expect(l.groups[0].bars[0].x1).toBe(l.right);
  });

  it('a blank value has no length and keeps its null', () => {
    const l = calcGroupedBars([{ key: 'm', label: 'M', values: [null, 3] }], 2, 480);
    expect(l.groups[0].bars[0]).toMatchObject({ value: null, x1: l.left });
  });

  it('all zeros draw zero-length bars (zero is a value)', () => {
    const l = calcGroupedBars([{ key: 'm', label: 'M', values: [0, 0] }], 2, 480);
    expect(l.empty).toBeNull();
    expect(l.groups[0].bars.every((b) => b.x1 === b.x0 && b.value === 0)).toBe(true);
  });

  it('groups stack downwards without overlap', () => {
    const l = calcGroupedBars([{ key: 'a', label: 'A', values: [1, 2, 3] }, { key: 'b', label: 'B', values: [1, 2, 3] }], 3, 480);
    const lastOfFirst = l.groups[0].bars[2];
    expect(l.groups[1].top).toBeGreaterThan(lastOfFirst.y + l.barHeight);
    expect(l.height).toBeGreaterThan(l.groups[1].bars[2].y + l.barHeight);
  });

  it.each([
    ['no agencies', [{ key: 'm', label: 'M', values: [] }], 0, 480, 'noAgencies'],
    ['only blanks', [{ key: 'm', label: 'M', values: [null, null] }], 2, 480, 'noValues'],
    ['too narrow', [{ key: 'm', label: 'M', values: [1] }], 1, 120, 'tooSmall'],
  ] as const)('empty reason: %s', (_, groups, n, width, reason) => {
    expect(calcGroupedBars(groups.map((g) => ({ ...g, values: [...g.values] })), n, width).empty).toBe(reason);
  });
});
