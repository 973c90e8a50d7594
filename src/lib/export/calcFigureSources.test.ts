import { describe, expect, it } from 'vitest';
import type { AgencyEntry, ManifestEntry } from '../data/types';
import { calcDrawnReports } from './calcDrawnReports';
import { calcFigureSources } from './calcFigureSources';
import { createTestFigure } from './testFigure';

const agency = (id: string, name: string, pinyin: string): AgencyEntry => ({ id, name, aliases: [], pinyin, initials: '', region: { province: null, city: null, county: null }, regionFrom: null, level: 'city', years: [] });
const entry = (id: string, agencyId: string, name: string, year: number, url?: string): ManifestEntry => ({ id, agency: agencyId, name, year, template: '2021', ...(url ? { url } : {}), failedChecks: [] });
const manifest = {
  agencies: [agency('a1', '宝鸡市公安局', 'bao ji shi gong an ju'), agency('a2', '乙局', 'yi ju')],
  reports: [entry('a1-2022', 'a1', '宝鸡市公安局', 2022, 'https://example.org/2022'), entry('a1-2024', 'a1', '宝鸡市公安局', 2024), entry('a2-2024', 'a2', '乙局旧名', 2024)],
};

describe('calcFigureSources', () => {
  it('each report once, sorted by name (code points: 乙 U+4E59 before 宝 U+5B9D) then year, with the URL only where the dataset has one; pinyin only for the display name', () => {
    expect(calcFigureSources(['a2-2024', 'a1-2024', 'a1-2022', 'a1-2024', 'missing'], manifest)).toEqual([
      { report: 'a2-2024', name: '乙局旧名', year: 2024, url: null },
      { report: 'a1-2022', name: '宝鸡市公安局', pinyin: 'bao ji shi gong an ju', year: 2022, url: 'https://example.org/2022' },
      { report: 'a1-2024', name: '宝鸡市公安局', pinyin: 'bao ji shi gong an ju', year: 2024, url: null },
    ]);
  });
});

describe('calcDrawnReports', () => {
  it('line chart: the points with a value in the years shown, hidden series left out', () => {
    expect(calcDrawnReports(createTestFigure())).toEqual(['a1-2022', 'a1-2024', 'a2-2022', 'a2-2024', 'a3-2024']);
    expect(calcDrawnReports(createTestFigure({ hidden: ['a2'] }))).toEqual(['a1-2022', 'a1-2024', 'a3-2024']);
    expect(calcDrawnReports(createTestFigure({ years: [2022] }))).toEqual(['a1-2022', 'a2-2022']);
    // With blanks: also the report of 2023 whose value is blank (the CSV has a row for it).
    expect(calcDrawnReports(createTestFigure(), true)).toEqual(['a1-2022', 'a1-2023', 'a1-2024', 'a2-2022', 'a2-2024', 'a3-2024']);
  });
  it('ranked chart: the bars', () => {
    expect(calcDrawnReports(createTestFigure({ chart: 'ranked', limit: 2, highlight: new Set() }))).toEqual(['a1-2024', 'a2-2024']);
  });
  it('Compare: the reports shown, none for an agency without one', () => {
    expect(calcDrawnReports(createTestFigure({ chart: 'groupedBars', compared: [{ name: '甲', year: 2023, report: 'r1' }, { name: '乙', year: null, report: null }] }))).toEqual(['r1']);
  });
});
