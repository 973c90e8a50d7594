import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { createLinearScale } from './linearScale';
import { createPointScale } from './pointScale';
import { calcLinePath } from './calcLinePath';

// The small replacements must place marks exactly where d3 did (d3 stays a dev reference here).
const domains: [number, number][] = [[0, 1], [0, 7], [0, 10], [0, 123], [-3, 95], [0, 0.4613], [0, 20006], [-1500, 0], [0, 987654321], [0.0003, 0.0047], [2, 2.5]];

describe('createLinearScale matches d3 scaleLinear', () => {
  it.each(domains.flatMap((d) => [2, 3, 4, 5, 7].map((n) => [d, n] as const)))('domain %j, nice(%i): same domain, ticks and positions', (d, n) => {
    const ours = createLinearScale(d, [300, 10], n);
    const theirs = scaleLinear().domain(d).nice(n).range([300, 10]);
    expect(ours.domain).toEqual(theirs.domain());
    expect(ours.ticks(n)).toEqual(theirs.ticks(n));
    for (const v of [...theirs.ticks(n), d[0], d[1], (d[0] + d[1]) / 3]) expect(ours(v)).toBeCloseTo(theirs(v), 9);
  });
});

describe('createPointScale matches d3 scalePoint', () => {
  it.each([[[2024], 0.5], [[2019, 2020, 2021], 0.1], [[2019, 2020, 2021, 2022, 2023, 2024, 2025], 0.1]] as const)('%j padding %d', (years, padding) => {
    const ours = createPointScale<number>(years, [56, 744], padding);
    const theirs = scalePoint<number>().domain(years).range([56, 744]).padding(padding);
    for (const y of years) expect(ours(y)).toBeCloseTo(theirs(y)!, 9);
    expect(ours(1999)).toBeUndefined();
  });
});

describe('calcLinePath matches d3 line().defined()', () => {
  it.each([
    [[1, 2, 3]],
    [[1, null, 3, 4]],
    [[null, 2, null]],
    [[1.23456, 2.0001, null, null, 5.5555]],
    [[]],
  ])('%j', (values) => {
    const pts = values.map((v, i) => (v === null ? null : { x: i * 10.12345, y: v * 7.77777 }));
    const d3path = line<{ x: number; y: number } | null>().defined((p) => p !== null).x((p) => p!.x).y((p) => p!.y)(pts) ?? '';
    expect(calcLinePath(pts)).toBe(d3path);
  });
});
