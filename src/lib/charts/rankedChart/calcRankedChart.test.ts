import { describe, expect, it } from 'vitest';
import type { MetricRow } from '../../data/calcMetricRows';
import { calcRankedChart } from './calcRankedChart';

const row = (agency: string, value: number | null): MetricRow => ({
  report: `${agency}-2021`, agency, name: agency, year: 2021, template: '2021', value, approximate: false, label: null, failedChecks: [],
});
const opts = { limit: 3, highlight: new Set<string>(), unit: 'count' as const, lang: 'zh' as const };

describe('calcRankedChart', () => {
  it('largest first, one bar per agency, blanks not ranked but counted', () => {
    const l = calcRankedChart([row('a', 5), row('b', null), row('c', 50), row('d', 20)], 600, opts);
    expect(l.bars.map((b) => [b.row.agency, b.rank])).toEqual([['c', 1], ['d', 2], ['a', 3]]);
    expect(l.total).toBe(3);
    expect(l.blank).toBe(1);
  });

  it('bar length grows with the value and starts at 0', () => {
    const l = calcRankedChart([row('a', 10), row('b', 40)], 600, opts);
    const [b, a] = l.bars;
    expect(b.x1 - b.x0).toBeCloseTo(4 * (a.x1 - a.x0));
    expect(a.x0).toBe(l.margin.left);
  });

  it('caps at the limit, and adds picked agencies below the cap after a gap, with their true rank', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => row(`a${i}`, 1000 - i));
    const l = calcRankedChart(rows, 600, { ...opts, limit: 10, highlight: new Set(['a500']) });
    expect(l.bars).toHaveLength(11);
    const last = l.bars[10];
    expect([last.row.agency, last.rank, last.highlighted, last.afterGap]).toEqual(['a500', 501, true, true]);
    expect(last.y - l.bars[9].y).toBeGreaterThan(l.bars[9].y - l.bars[8].y);
    expect(l.total).toBe(1000);
  });

  it('only the picked agencies when asked, with their rank among all: never one nobody picked', () => {
    const rows = Array.from({ length: 100 }, (_, i) => row(`a${i}`, 100 - i));
    const l = calcRankedChart(rows, 600, { ...opts, highlight: new Set(['a40', 'a7', 'missing']), onlyHighlighted: true });
    expect(l.bars.map((b) => [b.row.agency, b.rank, b.afterGap])).toEqual([['a7', 8, false], ['a40', 41, false]]);
    expect(l.total).toBe(100);
    expect(l.bars.map((b) => b.color)).toEqual(calcRankedChart(rows, 600, { ...opts, highlight: new Set(['missing', 'a7', 'a40']), onlyHighlighted: true }).bars.map((b) => b.color));
    expect(l.bars[0].color).not.toBe(l.bars[1].color);
  });

  it('log scale: bars start at the axis start, not at an undefined 0', () => {
    const l = calcRankedChart([row('a', 10), row('b', 1000)], 600, { ...opts, scale: 'log' });
    expect(l.bars.every((b) => Number.isFinite(b.x0) && Number.isFinite(b.x1) && b.x1 > b.x0)).toBe(true);
  });

  it('ties share a rank and are ordered by name', () => {
    const l = calcRankedChart([row('b', 5), row('a', 5), row('c', 9)], 600, opts);
    expect(l.bars.map((b) => [b.row.agency, b.rank])).toEqual([['c', 1], ['a', 2], ['b', 2]]);
  });

  it('height follows the number of bars', () => {
    const three = calcRankedChart([row('a', 1), row('b', 2), row('c', 3)], 600, opts);
    const one = calcRankedChart([row('a', 1)], 600, opts);
    expect(three.height - one.height).toBe(2 * 24);
  });

  it.each([
    ['only blanks', [row('a', null)], 600, 'noValues'],
    ['no rows', [], 600, 'noValues'],
    ['too narrow', [row('a', 1)], 150, 'tooSmall'],
  ] as const)('empty reason: %s', (_, rows, width, reason) => {
    const l = calcRankedChart([...rows], width, opts);
    expect(l.empty).toBe(reason);
    expect(l.bars).toEqual([]);
  });
});
