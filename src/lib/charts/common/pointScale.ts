/**
 * Evenly spaced positions for a few categories (years) across a range, with `padding` steps of
 * room at each end — the same placement as d3's `scalePoint().padding(p)`.
 */
export function createPointScale<T>(domain: readonly T[], range: [number, number], padding = 0): (value: T) => number | undefined {
  const n = domain.length;
  const [start, stop] = range;
  const step = (stop - start) / Math.max(1, n - 1 + padding * 2);
  const first = start + (stop - start - step * (n - 1)) * 0.5;
  const index = new Map(domain.map((d, i) => [d, i] as const));
  return (value) => {
    const i = index.get(value);
    return i === undefined ? undefined : first + step * i;
  };
}
