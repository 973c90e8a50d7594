import { line } from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { linePath } from './linePath';

type P = { x: number; y: number } | null;
const d3Path = (points: P[]) =>
  line<P>()
    .defined((p) => p !== null)
    .x((p) => p!.x)
    .y((p) => p!.y)
    .digits(3)(points) ?? '';

describe('linePath', () => {
  it('breaks at every null, closes a lone point, and gives nothing for no points', () => {
    expect(linePath([{ x: 1, y: 2 }, { x: 3.14159, y: 4 }, null, { x: 5, y: 6 }])).toBe('M1,2L3.142,4M5,6Z');
    expect(linePath([null, null])).toBe('');
    expect(linePath([])).toBe('');
  });

  it('writes the same path as d3-shape line() for any points and gaps', () => {
    // Synthetic points from a fixed-seed generator (test data): runs, gaps, lone points, negatives, -0.
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let n = 0; n < 500; n++) {
      const points: P[] = Array.from({ length: Math.floor(rnd() * 12) }, () =>
        rnd() < 0.3 ? null : { x: (rnd() - 0.2) * 900, y: rnd() < 0.1 ? -0.0001 : (rnd() - 0.1) * 400 },
      );
      expect(linePath(points)).toBe(d3Path(points));
    }
  });
});
