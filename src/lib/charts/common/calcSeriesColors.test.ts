import { describe, expect, it } from 'vitest';
import { calcSeriesColors } from './calcSeriesColors';

describe('calcSeriesColors', () => {
  const keys = ['a01l6l0s', 'a0lo3pqd', 'a1u24rsf', 'a2', 'a3'];

  it('an agency keeps its colour whatever the pick order', () => {
    const one = calcSeriesColors(keys);
    const reversed = calcSeriesColors([...keys].reverse()).reverse();
    expect(reversed).toEqual(one);
  });

  it('no two series share a colour while there are free slots', () => {
    for (let n = 1; n <= 6; n++) {
      const ks = Array.from({ length: n }, (_, i) => `agency${i * 7}`);
      expect(new Set(calcSeriesColors(ks)).size).toBe(n);
    }
  });

  it('without a collision an agency keeps the colour it has alone (same colour across views)', () => {
    for (const k of keys) {
      const alone = calcSeriesColors([k])[0];
      const other = keys.find((o) => o !== k && calcSeriesColors([o])[0] !== alone)!;
      expect(calcSeriesColors([other, k])[1]).toBe(alone);
    }
  });

  it('the two blues (0 and 5) are not used together while another slot is free', () => {
    for (let n = 2; n <= 5; n++)
      for (let start = 0; start < 40; start++) {
        const c = calcSeriesColors(Array.from({ length: n }, (_, i) => `x${start}-${i}`));
        expect(c.includes(0) && c.includes(5)).toBe(false);
      }
  });

  it('more series than slots: colours repeat but every slot is used', () => {
    const ks = Array.from({ length: 9 }, (_, i) => `k${i}`);
    const c = calcSeriesColors(ks);
    expect(new Set(c).size).toBe(6);
    expect(c.every((s) => s >= 0 && s < 6)).toBe(true);
  });
});
