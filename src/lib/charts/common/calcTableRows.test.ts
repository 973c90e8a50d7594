import { describe, expect, it } from 'vitest';
import { calcTableRows, nextSort } from './calcTableRows';

type R = { name: string; v: number | null };
const rows: R[] = [
  { name: '济源市公安局', v: 5 },
  { name: 'Ministry A', v: null },
  { name: '北京市财政局', v: 50 },
  { name: '济源市民政局', v: 5 },
  { name: 'ministry b', v: 7 },
];
const base = { query: '', nameOf: (r: R) => r.name, cellOf: (r: R, c: string) => (c === 'name' ? r.name : r.v), sort: null };
const names = (rs: R[]) => rs.map((r) => r.name);

describe('calcTableRows', () => {
  it('no search, no sort: the chart\'s order', () => {
    expect(names(calcTableRows(rows, base))).toEqual(names(rows));
  });

  it.each([
    ['Chinese substring', '济源', ['济源市公安局', '济源市民政局']],
    ['Latin case ignored', 'MINISTRY', ['Ministry A', 'ministry b']],
    ['full-width letters match', 'ｍｉｎｉｓｔｒｙ ｂ', ['ministry b']],
    ['no match', '上海', []],
  ])('search: %s', (_, query, expected) => {
    expect(names(calcTableRows(rows, { ...base, query }))).toEqual(expected);
  });

  it('numbers sort by value, ties keep the chart order, blanks last in both directions', () => {
    expect(names(calcTableRows(rows, { ...base, sort: { column: 'v', descending: true } }))).toEqual(['北京市财政局', 'ministry b', '济源市公安局', '济源市民政局', 'Ministry A']);
    expect(names(calcTableRows(rows, { ...base, sort: { column: 'v', descending: false } }))).toEqual(['济源市公安局', '济源市民政局', 'ministry b', '北京市财政局', 'Ministry A']);
  });

  it('a click cycles: numbers largest first, then smallest first, then the chart order; names A→Z first', () => {
    expect(nextSort(null, 'v', true)).toEqual({ column: 'v', descending: true });
    expect(nextSort({ column: 'v', descending: true }, 'v', true)).toEqual({ column: 'v', descending: false });
    expect(nextSort({ column: 'v', descending: false }, 'v', true)).toBeNull();
    expect(nextSort({ column: 'v', descending: true }, 'name', false)).toEqual({ column: 'name', descending: false });
  });

  it('handles many rows (20,000 agencies) without losing any', () => {
    const many = Array.from({ length: 20000 }, (_, i) => ({ name: `agency ${i}`, v: (i * 7919) % 1000 }));
    const sorted = calcTableRows(many, { ...base, sort: { column: 'v', descending: true } });
    expect(sorted).toHaveLength(20000);
    expect(sorted[0].v).toBe(999);
  });
});
