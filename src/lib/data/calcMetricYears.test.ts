import { describe, expect, it } from 'vitest';
import { calcMetricYears } from './calcMetricYears';
import { calcCoreManifest } from './calcCoreManifest';
import type { Manifest } from './types';

// The years per template come from the core manifest (core.json), worked out from the reports.
const manifest = (reports: [number | null, '2019' | '2021'][]) =>
  calcCoreManifest({ schemaVersion: 3, inputsSha256: 'sha256:x', agencies: [], years: [], metrics: [], conflicts: [], files: [], reports: reports.map(([year, template], i) => ({ id: `r${i}`, agency: 'a', name: 'a', year, template, failedChecks: [] })) } as Manifest, 1);

describe('calcMetricYears', () => {
  const m = manifest([[2019, '2019'], [2020, '2019'], [2021, '2021'], [2023, '2021'], [null, '2021']]);
  it('a metric of both templates spans every year, gaps filled so the axis is even', () => {
    expect(calcMetricYears(m, { templates: ['2019', '2021'] })).toEqual([2019, 2020, 2021, 2022, 2023]);
  });
  it('a 2021-only metric never shows the 2019-template years', () => {
    expect(calcMetricYears(m, { templates: ['2021'] })).toEqual([2021, 2022, 2023]);
  });
  it('a 2019-only metric stops at 2020', () => {
    expect(calcMetricYears(m, { templates: ['2019'] })).toEqual([2019, 2020]);
  });
  it('no reports, no years', () => {
    expect(calcMetricYears(manifest([]), { templates: ['2019'] })).toEqual([]);
  });
});
