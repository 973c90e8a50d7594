import { describe, expect, it } from 'vitest';
import { calcSourceParts, SOURCES_LISTED } from './calcSourceParts';

const m = { inputsSha256: 'sha256:1a2b3c4d5e6f' };
const src = (name: string, year: number, url: string | null = null) => ({ report: `${name}-${year}`, name, year, url });

describe('calcSourceParts', () => {
  it('a few reports: one item each, its URL only where known; the tail holds the version and the synthetic warning', () => {
    const parts = calcSourceParts('en', m, true, [src('甲局', 2023, 'https://example.org/a'), src('乙局', 2022)]);
    expect(parts.lead).toBe('Sources: ');
    expect(parts.items.map((i) => i.url)).toEqual(['https://example.org/a', null]);
    expect(parts.tail).toBe('data version 1a2b3c4d · includes synthetic (not real) data');
  });
  it(`more than ${SOURCES_LISTED} reports: no items, the count in the lead`, () => {
    const parts = calcSourceParts('zh', m, false, [2019, 2020, 2021, 2022].map((y) => src('甲局', y, 'https://example.org/x')));
    expect(parts.items).toEqual([]);
    expect(parts.lead).toContain('4 份');
  });
});
