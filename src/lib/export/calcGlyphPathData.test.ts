import { describe, expect, it } from 'vitest';
import { calcGlyphPathData, type PathCommand } from './calcGlyphPathData';

describe('calcGlyphPathData', () => {
  it.each<[string, PathCommand[], string]>([
    ['a negative coordinate that rounds to -0 stays a separate 0 (was `7220`)', [{ type: 'M', x: 722, y: -0.3 }], 'M722 0'],
    ['a negative coordinate keeps its minus as the separator', [{ type: 'L', x: 10, y: -20.6 }], 'L10-21'],
    ['every number of a curve separated', [{ type: 'C', x1: 1, y1: -0.4, x2: -3, y2: 4, x: 5.5, y: 6 }], 'C1 0-3 4 6 6'],
    ['quadratic control point first, then the end point', [{ type: 'Q', x1: 1, y1: 2, x: 3, y: 4 }], 'Q1 2 3 4'],
    ['close path', [{ type: 'M', x: 0, y: 0 }, { type: 'L', x: 1, y: 1 }, { type: 'Z' }], 'M0 0L1 1Z'],
  ])('%s', (_, commands, d) => {
    expect(calcGlyphPathData(commands)).toBe(d);
  });

  it('decimals are kept when asked, and -0.001 at one decimal is 0', () => {
    expect(calcGlyphPathData([{ type: 'M', x: 1.26, y: -0.001 }], 1)).toBe('M1.3 0');
  });

  it('a command without a coordinate is an error, not a silent NaN', () => {
    expect(() => calcGlyphPathData([{ type: 'L', x: 1 }])).toThrow(/finite/);
  });
});
