/**
 * SVG path through points in order, broken where a point is missing (`null`): each run of
 * present points is its own `M … L …` (a lone point is `M x,yZ`), coordinates to 3 decimals —
 * the same string as d3-shape's `line().defined(…)`.
 */
const round = (n: number) => Math.round(n * 1000) / 1000;

export function calcLinePath(points: readonly ({ x: number; y: number } | null)[]): string {
  let d = '';
  let run = 0;
  const end = () => {
    if (run === 1) d += 'Z';
    run = 0;
  };
  for (const p of points) {
    if (!p) {
      end();
      continue;
    }
    d += `${run === 0 ? 'M' : 'L'}${round(p.x)},${round(p.y)}`;
    run++;
  }
  end();
  return d;
}
