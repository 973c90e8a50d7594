/**
 * The SVG path of a straight-segment line through `points`, broken at every `null` (a year
 * without a value): each run of points is `M x,y L x,y …`, a run of one point `M x,y Z` — the
 * same string as d3-shape's `line().defined(…).digits(3)` with its default linear curve (tested
 * against it), without d3-shape and d3-path in the chart's load (~2 KB gzip of the embed's budget).
 * No point at all: ''.
 */
const round = (n: number) => Math.round(n * 1000) / 1000;

export function linePath(points: readonly ({ x: number; y: number } | null)[]): string {
  let d = '';
  let run = 0;
  for (const p of [...points, null]) {
    if (p === null) {
      if (run === 1) d += 'Z';
      run = 0;
      continue;
    }
    d += `${run === 0 ? 'M' : 'L'}${round(p.x)},${round(p.y)}`;
    run++;
  }
  return d;
}
