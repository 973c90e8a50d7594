/**
 * The agency page's trend charts: a few key figures read from each of the agency's full reports
 * (blank stays `null`), one series per figure, as rows the line chart understands.
 */
import type { MetricRow } from '../data/calcMetricRows';
import type { Label, ManifestEntry } from '../data/types';
import { getPath } from '../report/schema';
import type { Report } from '../report/types';

export const KEY_FIGURES: { path: string; label: Label }[] = [
  { path: 'applications.newReceived.total', label: { zh: '本年新收申请', en: 'New requests' } },
  { path: 'applications.granted.total', label: { zh: '予以公开', en: 'Granted in full' } },
  { path: 'applications.total.total', label: { zh: '办结总计', en: 'Total handled' } },
  { path: 'review.total', label: { zh: '行政复议', en: 'Administrative reviews' } },
  { path: 'litigationDirect.total', label: { zh: '直接起诉', en: 'Lawsuits without review' } },
  { path: 'active.licensing.decisions', label: { zh: '行政许可决定', en: 'Licensing decisions' } },
  { path: 'active.penalty.decisions', label: { zh: '行政处罚决定', en: 'Penalty decisions' } },
];

export interface KeyFigureSeries {
  path: string;
  label: Label;
  rows: MetricRow[];
}

export function calcKeyFigures(entries: readonly ManifestEntry[], reports: readonly Report[], agencyName: string): KeyFigureSeries[] {
  return KEY_FIGURES.map(({ path, label }) => ({
    path,
    label,
    rows: entries.flatMap((e, i): MetricRow[] => {
      if (e.year === null) return [];
      const v = getPath(reports[i], path);
      return [{ report: e.id, agency: e.agency, name: agencyName, year: e.year, template: e.template, value: typeof v === 'number' ? v : null, approximate: false, label: null, failedChecks: e.failedChecks, ...(e.noTables ? { noTables: true as const } : {}) }];
    }),
  }));
}
