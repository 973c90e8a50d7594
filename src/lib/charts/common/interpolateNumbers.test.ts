import { scaleLinear, scaleLog } from 'd3-scale';
import { describe, expect, it } from 'vitest';
// The real d3-interpolate, by path: the bare name is aliased to interpolateNumbers.ts (vite.config.ts).
// @ts-expect-error the dist file has no declarations of its own; typed as the package below
import * as d3Dist from '../../../../node_modules/d3-interpolate/dist/d3-interpolate.mjs';
import { interpolate, interpolateNumber, interpolateRound, piecewise } from './interpolateNumbers';

const d3 = d3Dist as typeof import('d3-interpolate');

describe('interpolateNumbers (d3-scale without d3-color)', () => {
  it.each([
    [0, 10],
    [-3.5, 1e6],
    [300, 20],
    ['4', '8'],
  ] as const)('%s → %s: the same numbers as d3-interpolate at every t', (a, b) => {
    for (const t of [0, 0.1, 0.25, 0.5, 0.77, 1, 1.5, -0.2]) {
      expect(interpolate(a, b)(t)).toBeCloseTo(Number((d3.interpolate as (x: unknown, y: unknown) => (t: number) => unknown)(a, b)(t)), 9);
      expect(interpolateNumber(+a, +b)(t)).toBeCloseTo(d3.interpolateNumber(+a, +b)(t), 9);
      expect(interpolateRound(+a, +b)(t)).toBe(d3.interpolateRound(+a, +b)(t));
      expect(piecewise(interpolateNumber, [+a, +b, 0])(t)).toBeCloseTo(d3.piecewise(d3.interpolateNumber, [+a, +b, 0])(t), 9);
    }
  });

  it('a colour or other non-number range is refused, not drawn as NaN', () => {
    expect(() => interpolate('red', 'blue')).toThrow(/numbers only/);
    expect(() => interpolate({}, [])).toThrow(/numbers only/);
  });

  it('d3-scale runs on it: linear and log scales map and invert as usual', () => {
    const y = scaleLinear().domain([0, 972.4015]).range([300, 0]).nice();
    expect(y.domain()).toEqual([0, 1000]);
    expect(y(500)).toBe(150);
    expect(y.invert(150)).toBe(500);
    expect(scaleLog().domain([1, 1000]).range([0, 300])(10)).toBeCloseTo(100, 9);
    expect(scaleLinear().domain([0, 10]).rangeRound([0, 7])(5)).toBe(4);
  });
});
