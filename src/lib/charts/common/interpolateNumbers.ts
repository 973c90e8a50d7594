/**
 * What d3-scale takes from d3-interpolate, for numbers only. The charts' scales map numbers to
 * pixel numbers, never colours or strings; d3-interpolate's generic `interpolate` detects
 * colours, and so brings all of d3-color (its parser and named colours, ~5 KB gzip) into the
 * embed page's first load. The build aliases `d3-interpolate` to this module (vite.config.ts);
 * anything but a number (or a numeric string) as a range is refused with an error, never drawn wrong.
 */
type Interpolator = (t: number) => number;

export function interpolateNumber(a: number, b: number): Interpolator {
  const x = +a;
  const y = +b;
  return (t) => x * (1 - t) + y * t;
}

export function interpolateRound(a: number, b: number): Interpolator {
  const x = +a;
  const y = +b;
  return (t) => Math.round(x * (1 - t) + y * t);
}

/** d3's value interpolator, restricted to numbers. */
export function interpolate(a: unknown, b: unknown): Interpolator {
  const x = Number(a);
  const y = Number(b);
  if ((typeof b !== 'number' && typeof b !== 'string') || Number.isNaN(y) || Number.isNaN(x)) throw new TypeError(`chart scales interpolate numbers only, not ${String(a)} → ${String(b)}`);
  return interpolateNumber(x, y);
}

/** One interpolator through several values, each stretch of t ∈ [0, 1] between two of them. */
export function piecewise(make: ((a: number, b: number) => Interpolator) | number[], values?: number[]): Interpolator {
  const fn = typeof make === 'function' ? make : interpolate;
  const vs = typeof make === 'function' ? values! : make;
  const n = vs.length - 1;
  const parts = Array.from({ length: Math.max(0, n) }, (_, i) => fn(vs[i], vs[i + 1]));
  return (t) => {
    const i = Math.max(0, Math.min(n - 1, Math.floor(t * n)));
    return parts[i](t * n - i);
  };
}
