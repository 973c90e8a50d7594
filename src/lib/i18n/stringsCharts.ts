/**
 * Strings of the charts themselves and of their reading modes (scale, highlight, legend, table
 * search, annotations, missing agencies), in Chinese and English. Kept apart from `strings.ts`
 * so the embed page carries only what its chart uses.
 */
import type { Lang } from '../view/parseView';

export interface ChartStrings {
  /** Hint under a chart, for a mouse and for a touch screen (no "hover" there). */
  hintPointer: string;
  hintTouch: string;
  /** Legend item: the series is shown; press to hide it. */
  legendHide: (name: string) => string;
  legendShow: (name: string) => string;
  legendHint: string;
  hiddenCount: (n: number) => string;
  scale: string;
  scales: { linear: string; log: string };
  logNote: string;
  /** The URL names a metric the catalogue does not have: say which is shown instead. */
  unknownMetric: (asked: string, shown: string) => string;
  highlight: string;
  highlightNone: string;
  /** Two or more series with one value in one year. */
  overlap: (names: string[], year: number, value: string) => string;
  /** Ranked chart with picked agencies: those without a value in the year, and why. */
  missingNoReport: (year: number, names: string[]) => string;
  missingBlank: (year: number, names: string[]) => string;
  rankedPickedOnly: (year: number, total: number) => string;
  /** Summary of the ranked chart of picked agencies. */
  summaryPicked: (metric: string, year: number, shown: number, total: number, top: string | null) => string;
  /** Picked agencies have no value in any year of the range. */
  rankedNoYear: string;
  searchTable: string;
  tableRows: (shown: number, total: number) => string;
  sortBy: (column: string) => string;
  annotation: string;
  annotationYear: string;
  annotationAgency: string;
  annotationWholeYear: string;
  ownWords: string;
  ownTitle: string;
  ownSubtitle: string;
  ownNotes: string;
  ownByline: string;
  ownHint: string;
  clearOwn: string;
  unit: (label: string) => string;
  /** A value with whose and which year it is: 某局（2021 年）：10. */
  valueOf: (name: string, year: number | null, value: string) => string;
}

/** Filled per language by `loadStrings` before anything is drawn in that language (i18n/loadStrings.ts). */
export const CHART_STRINGS = {} as Record<Lang, ChartStrings>;
