/** A small deterministic figure for the export tests (agency names with markup and CJK). */
import type { MetricRow } from '../data/calcMetricRows';
import type { ChartFigure } from './chartFigure';

export function createTestFigure(patch: Partial<ChartFigure> = {}): ChartFigure {
  const row = (agency: string, name: string, year: number, value: number | null, approximate = false): MetricRow => ({
    report: `${agency}-${year}`, agency, name, year, template: '2021', value, approximate, label: null, failedChecks: [],
  });
  const a = [row('a1', '宝鸡市公安局', 2022, 120), row('a1', '宝鸡市公安局', 2023, null), row('a1', '宝鸡市公安局', 2024, 95, true)];
  const b = [row('a2', '<img src=x onerror=alert(1)>', 2022, -3), row('a2', '<img src=x onerror=alert(1)>', 2024, 40)];
  const c = [row('a3', '=SUM(A1)', 2024, 7)];
  return {
    chart: 'line', lang: 'zh', title: '本年新收申请（总计）', subtitle: '3 个机关 · 2022–2024', notes: [],
    source: '来源：各机关政府信息公开工作年度报告，本站整理 · 数据版本 1a2b3c4d', permalink: 'https://example.org/data/?metric=x&agencies=a1,a2',
    metricKey: 'applications.newReceived.total', unit: 'count', years: [2022, 2023, 2024],
    series: [{ key: 'a1', name: '宝鸡市公安局', rows: a }, { key: 'a2', name: '<img src=x onerror=alert(1)>', rows: b }, { key: 'a3', name: '=SUM(A1)', rows: c }],
    rankedRows: [a[2], b[1], c[0]], rankedYear: 2024, highlight: new Set(['a3']), limit: 25,
    ...patch,
  };
}
