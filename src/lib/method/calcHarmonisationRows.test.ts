import { describe, expect, it } from 'vitest';
import { HARMONISATION, NOT_COMPARABLE } from '../dataset/metrics/harmonisation';
import { calcHarmonisationRows, calcNotComparableRows } from './calcHarmonisationRows';

describe('Method view: the harmonisation table in words', () => {
  it('every harmonised concept appears once, each with the reason for joining', () => {
    for (const lang of ['zh', 'en'] as const) {
      const rows = calcHarmonisationRows(lang);
      expect(rows.flatMap((r) => r.concepts)).toHaveLength(HARMONISATION.length);
      for (const r of rows) expect(r.reason.length).toBeGreaterThan(10);
    }
  });
  it('新制作 ↔ 制发 and （六） are spelled out per template', () => {
    const rows = calcHarmonisationRows('zh');
    const docs = rows.find((r) => r.key === 'series.normativeDocuments.issued')!;
    expect([docs.from2019, docs.from2021]).toEqual(['规范性文件·本年新制作数量', '规范性文件·本年制发件数']);
    const other = rows.find((r) => r.key === 'series.otherDisposal')!;
    expect(other.from2019).toBe('其他处理');
    expect(other.from2021).toContain('其他处理·逾期不补正 + 其他处理·逾期未缴费 + 其他处理·其他');
  });
  it('the look-alikes never joined are listed with their reason', () => {
    expect(calcNotComparableRows('en')).toHaveLength(NOT_COMPARABLE.length);
    expect(calcNotComparableRows('zh')[0].label).toContain('对外公开总数量 ≠ 现行有效件数');
  });
});
