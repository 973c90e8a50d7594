/**
 * Interface strings in Chinese and English. `Strings` is the shape; each language must fill
 * every key (the type checker says which one is missing). Metric labels are not here: they come
 * from the dataset's catalogue (`MetricInfo.label`).
 */
import type { MetricGroup } from '../data/types';
import type { AgencyLevel, CheckRule } from '../report/types';
import type { ChartType, Lang, ViewName } from '../view/parseView';

export interface Strings {
  siteTitle: string;
  views: Record<ViewName, string>;
  langSwitch: string;
  loading: string;
  emptyCorpus: string;
  emptyCorpusHint: string;
  groups: Record<MetricGroup, string>;
  levels: Record<AgencyLevel, string>;
  charts: Record<ChartType, string>;
  rules: Record<CheckRule, string>;
  metric: string;
  metricRow: string;
  metricColumn: string;
  agencies: string;
  searchAgencies: string;
  searchHint: string;
  province: string;
  city: string;
  level: string;
  all: string;
  years: string;
  from: string;
  to: string;
  year: string;
  latestYear: string;
  add: string;
  remove: string;
  clear: string;
  noMatches: string;
  moreMatches: (n: number) => string;
  selected: (n: number) => string;
  chartType: string;
  tableAlternative: string;
  agency: string;
  value: string;
  rank: string;
  approx: string;
  approxNote: string;
  reportWording: string;
  failedChecks: string;
  noFailedChecks: string;
  template: string;
  blank: string;
  notInTemplate: string;
  onlyTemplate: (template: string, years: string) => string;
  formula: string;
  noAgenciesPicked: string;
  noData: string;
  /** Stacked-bar segment: requests in blank cells of the table, part of the stated total. */
  blankOutcomes: string;
  summaryLine: (metric: string, n: number, years: string, max: string | null) => string;
  summaryRanked: (metric: string, year: number, n: number, top: string | null, shown: number) => string;
  rankedCap: (shown: number, total: number) => string;
  highlighted: string;
  openAgency: string;
  openReport: string;
  download: string;
  reports: string;
  trends: string;
  reportOf: (year: number | null) => string;
  noReport: string;
  /** Compare: the agency has no report of the chosen year (or none at all). */
  noReportForYear: (year: number | null) => string;
  /** Compare: accessible name of the agencies' colour key. */
  agencyKey: string;
  pickAgency: string;
  compareHint: string;
  compareTooMany: string;
  outcomes: string;
  channelMix: string;
  everyFigure: string;
  difference: string;
  onlyDifferences: string;
  keyFigures: string;
  quality: {
    intro: string;
    failed: string;
    blanks: string;
    warnings: string;
    tablesAsImages: string;
    errors: string;
    conflicts: string;
    crossYear: string;
    duplicates: string;
    file: string;
    reason: string;
    none: string;
    showMore: (n: number) => string;
    carried: (prev: number, now: number) => string;
    differing: string;
  };
  tooltipHint: string;
  skipToContent: string;
}

export type { Lang };

/** Filled per language by `loadStrings` before anything is drawn in that language (i18n/loadStrings.ts). */
export const STRINGS = {} as Record<Lang, Strings>;
