import { describe, expect, it } from 'vitest';
import { calcManifestIndex } from './calcManifestIndex';
import { calcMetricRows } from './calcMetricRows';
import type { Manifest, ManifestEntry, MetricFile } from './types';

const agency = (id: string, name: string) => ({ id, name, aliases: [], pinyin: '', initials: '', region: { province: null, city: null, county: null }, regionFrom: null, level: 'other', years: [] });
const entry = (id: string, agencyId: string, year: number | null, extra: Partial<ManifestEntry> = {}): ManifestEntry => ({ id, agency: agencyId, name: `${agencyId} as written`, year, template: '2021', failedChecks: [], ...extra });

// Sorted as the build sorts them: by agency, then year, then id.
const manifest = {
  agencies: [agency('a1', '甲局'), agency('a2', '乙局')],
  metrics: [],
  reports: [entry('r1', 'a1', 2021), entry('r2', 'a1', 2022), entry('r2b', 'a1', 2022, { conflict: 0 }), entry('r3', 'a1', null), entry('r4', 'a2', 2021, { noTables: true }), entry('r5', 'a2', 2023, { template: '2019' })],
} as unknown as Manifest;
const index = calcManifestIndex(manifest);
const file = { key: 'k', values: [1, 2, 3, null, null, 5], approximate: [false, true, false, false, false, false] } as unknown as MetricFile;

describe('calcMetricRows', () => {
  it('one row per agency and year: the second report of a conflict and a report without a year are left out; blanks stay null', () => {
    const rows = calcMetricRows(manifest, index, file);
    expect(rows.map((r) => [r.report, r.name, r.year, r.value, r.approximate])).toEqual([
      ['r1', '甲局', 2021, 1, false],
      ['r2', '甲局', 2022, 2, true],
      ['r4', '乙局', 2021, null, false],
      ['r5', '乙局', 2023, 5, false],
    ]);
    expect(rows.find((r) => r.report === 'r4')?.noTables).toBe(true);
    expect(rows.find((r) => r.report === 'r1')).not.toHaveProperty('noTables');
  });

  it('filters by agency, years, template and an agency test', () => {
    const ids = (rows: { report: string }[]) => rows.map((r) => r.report);
    expect(ids(calcMetricRows(manifest, index, file, { agencies: new Set(['a2']) }))).toEqual(['r4', 'r5']);
    expect(ids(calcMetricRows(manifest, index, file, { years: [2022, 2023] }))).toEqual(['r2', 'r5']);
    expect(ids(calcMetricRows(manifest, index, file, { templates: ['2019'] }))).toEqual(['r5']);
    expect(ids(calcMetricRows(manifest, index, file, { agencyTest: (id) => id === 'a1' }))).toEqual(['r1', 'r2']);
  });
});
