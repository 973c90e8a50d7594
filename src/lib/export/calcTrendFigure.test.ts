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

describe('agency trend charts as exported figures', () => {
  it('a line of the key figure for the agency, titled with both, with the source line and permalink', () => {
    const f = calcTrendFigure(fig, '宝鸡市公安局', [2020, 2021], 'zh', { inputsSha256: 'sha256:0123456789abcdef' }, 'https://x/?metric=m', false);
    expect(f).toMatchObject({ chart: 'line', title: '宝鸡市公安局：本年新收申请', metricKey: 'applications.newReceived.total', years: [2020, 2021], permalink: 'https://x/?metric=m' });
    expect(f.source).toContain('01234567');
    expect(f.series[0].rows.map((r) => r.value)).toEqual([0, null]);
  });

  it('its CSV holds exactly the drawn figures, the blank year blank', () => {
    const csv = calcFigureCsv(calcTrendFigure(fig, '宝鸡市公安局', [2020, 2021], 'en', { inputsSha256: 'sha256:00' }, 'p', false));
    expect(csv).toContain('2020');
    expect(csv.split('\r\n').filter((l) => l.includes('宝鸡市公安局'))).toHaveLength(2);
  });
});
