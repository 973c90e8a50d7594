/**
 * A linear scale with "nice" bounds and round ticks — the few things the chart layouts need from
 * d3-scale, written small so that the embed page does not carry d3-scale, d3-interpolate,
 * d3-color and d3-format. Same tick rule as d3 (steps of 1, 2 or 5 × 10ⁿ), same results.
 */
const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  let i1: number;
  let i2: number;
  let inc: number;
  if (power < 0) {
    inc = 10 ** -power / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) ++i1;
    if (i2 / inc > stop) --i2;
    inc = -inc;
  } else {
    inc = 10 ** power * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) ++i1;
    if (i2 * inc > stop) --i2;
  }
  if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, inc];
}

/** Round values between `start` and `stop` (ascending), about `count` of them. */
export function calcTicks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const reverse = stop < start;
  const [i1, i2, inc] = reverse ? tickSpec(stop, start, count) : tickSpec(start, stop, count);
  if (!(i2 >= i1)) return [];
  const n = i2 - i1 + 1;
  const ticks = Array.from({ length: n }, (_, i) => (inc < 0 ? (reverse ? i2 - i : i1 + i) / -inc : (reverse ? i2 - i : i1 + i) * inc));
  return ticks;
}

const tickIncrement = (start: number, stop: number, count: number) => tickSpec(start, stop, count)[2];

/** Widens [d0, d1] to round numbers for about `count` ticks. */
function niceDomain(d0: number, d1: number, count: number): [number, number] {
  let start = Math.min(d0, d1);
  let stop = Math.max(d0, d1);
  let prestep: number | undefined;
  for (let i = 0; i < 10; i++) {
    const step = tickIncrement(start, stop, count);
    if (step === prestep) break;
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else break;
    prestep = step;
  }
  return d1 < d0 ? [stop, start] : [start, stop];
}

export interface LinearScale {
  (value: number): number;
  domain: [number, number];
  ticks(count: number): number[];
}

/** `domain` → `range`, linearly; `nice` (tick count) rounds the domain first, like d3's `.nice(n)`. */
export function createLinearScale(domain: [number, number], range: [number, number], nice?: number): LinearScale {
  const [d0, d1] = nice === undefined ? domain : niceDomain(domain[0], domain[1], nice);
  const [r0, r1] = range;
  const scale = ((v: number) => {
    const t = d1 === d0 ? 0.5 : (v - d0) / (d1 - d0);
    return r0 * (1 - t) + r1 * t;
  }) as LinearScale;
  scale.domain = [d0, d1];
  scale.ticks = (count: number) => calcTicks(d0, d1, count);
  return scale;
}
