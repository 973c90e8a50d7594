import { describe, expect, it } from 'vitest';
import type { KeyFigureSeries } from '../agency/calcKeyFigures';
import { calcFigureCsv } from './calcFigureCsv';
import { calcTrendFigure } from './calcTrendFigure';

const fig: KeyFigureSeries = {
  path: 'applications.newReceived.total',
  label: { zh: '本年新收申请', en: 'New requests' },
  rows: [
    { report: 'r1', agency: 'a1', name: '宝鸡市公安局', year: 2020, template: '2019', value: 0, approximate: false, label: null, failedChecks: [] },
    { report: 'r2', agency: 'a1', name: '宝鸡市公安局', year: 2021, template: '2021', value: null, approximate: false, label: null, failedChecks: [] },
  ],
};

const manifest = (inputsSha256: string) => ({
  inputsSha256,
  agencies: [{ id: 'a1', name: '宝鸡市公安局', aliases: [], pinyin: 'bao ji shi gong an ju', initials: 'bjsgaj', region: { province: null, city: null, county: null }, regionFrom: null, level: 'city' as const, years: [2020, 2021] }],
  reports: [
    { id: 'r1', agency: 'a1', name: '宝鸡市公安局', year: 2020, template: '2019' as const, file: 'r1.txt', url: 'https://example.org/r1.html', failedChecks: [], warnings: 0, blankCells: 0 },
    { id: 'r2', agency: 'a1', name: '宝鸡市公安局', year: 2021, template: '2021' as const, file: 'r2.txt', failedChecks: [], warnings: 0, blankCells: 0 },
  ],
});

describe('agency trend charts as exported figures', () => {
  it('a line of the key figure for the agency, titled with both, with the source line and permalink', () => {
    const f = calcTrendFigure(fig, '宝鸡市公安局', [2020, 2021], 'zh', manifest('sha256:0123456789abcdef'), 'https://x/?metric=m', false);
    expect(f).toMatchObject({ chart: 'line', title: '宝鸡市公安局：本年新收申请', metricKey: 'applications.newReceived.total', years: [2020, 2021], permalink: 'https://x/?metric=m' });
    expect(f.source).toContain('01234567');
    expect(f.series[0].rows.map((r) => r.value)).toEqual([0, null]);
  });

  it('the source line names the one report drawn, with its URL; the blank year is not cited', () => {
    const f = calcTrendFigure(fig, '宝鸡市公安局', [2020, 2021], 'en', manifest('sha256:00'), 'p', false);
    expect(f.sources?.map((s) => s.report)).toEqual(['r1']);
    expect(f.source.replace(/[\u2068\u2069]/g, '')).toMatch(/^Source: 宝鸡市公安局 \(Bao Ji Shi Gong An Ju\), 2020 information-disclosure report, https:\/\/example\.org\/r1\.html · data version 00/);
  });

  it('its CSV holds exactly the drawn figures, the blank year blank', () => {
    const csv = calcFigureCsv(calcTrendFigure(fig, '宝鸡市公安局', [2020, 2021], 'en', manifest('sha256:00'), 'p', false));
    expect(csv).toContain('2020');
    expect(csv.split('\r\n').filter((l) => l.includes('宝鸡市公安局'))).toHaveLength(2);
  });
});
