/**
 * A chart as it leaves the dashboard (embed, PNG, SVG, CSV): the figures drawn plus every line
 * of text around them. Built once from the view (`calcExploreFigure`), drawn by
 * `renderFigureSvg`, tabulated by `calcFigureCsv`.
 */
import type { BarGroupInput } from '../charts/groupedBars/calcGroupedBars';
import type { LineSeries } from '../charts/lineChart/calcLineChart';
import type { StackInput } from '../charts/stackedShares/calcStackedShares';
import type { MetricRow } from '../data/calcMetricRows';
import type { MetricUnit } from '../data/types';
import type { Annotation, ChartType, Lang, Scale } from '../view/parseView';

/** Explore's three chart types, and Compare's grouped bars and 100%-stacked bars. */
export type FigureKind = ChartType | 'groupedBars' | 'stackedShares';

export interface ChartFigure {
  chart: FigureKind;
  lang: Lang;
  title: string;
  subtitle: string;
  /** Formula of a derived metric, template note: drawn under the subtitle. */
  notes: string[];
  /** Source (the reports drawn, by name, or how many when many), data version (and a synthetic-data warning): drawn under the chart. */
  source: string;
  /** The reports whose figures the chart draws (agency, year, original URL where known): cited in the source line and the CSV. */
  sources?: FigureSource[];
  /** The original URL of each report a CSV row names (blank values included), where the dataset has one. */
  reportUrls?: ReadonlyMap<string, string>;
  /** The dashboard URL that reproduces this chart. */
  permalink: string;
  metricKey: string;
  /** Unit of the drawn values (`count` for an index). */
  unit: MetricUnit;
  /** Unit of the values as reported, when the chart draws a change or an index. */
  reportedUnit?: MetricUnit;
  /** A one-template metric: lines stop at the 2021 template change. */
  breakAtTemplateChange?: boolean;
  /** Line chart and small multiples: the years on x and one series per agency, as drawn. */
  years: number[];
  series: LineSeries[];
  /** Ranked chart: every row of the year (the layout picks the top `limit` plus `highlight`). */
  rankedRows: MetricRow[];
  rankedYear: number | null;
  highlight: ReadonlySet<string>;
  limit: number;
  /** Ranked chart: only the picked agencies (ranked among all). */
  onlyHighlighted?: boolean;
  /** Explore's reading modes, as on screen. */
  scale?: Scale;
  hidden?: readonly string[];
  highlightSeries?: string | null;
  annotation?: Annotation | null;
  /** The journalist's byline, drawn with the source. */
  byline?: string | null;
  /** Compare: agency labels (name and year) in value order, one colour each. */
  agencyNames?: string[];
  /** Compare: the same agencies as data, for the CSV: name, the year of the report shown and its id (null where there is none). */
  compared?: ComparedReport[];
  /** Compare: palette slot of each agency (colours follow the agency). */
  agencyColors?: number[];
  /** Grouped bars: one group per metric, one value per agency. */
  groups?: BarGroupInput[];
  /** Stacked shares: one bar per agency, parts in `categories` order; colours as CSS (`var(--c2)`, color-mix …). */
  stacks?: StackInput[];
  categories?: { key: string; label: string; color: string }[];
  /** Name of the segment that blank cells leave unaccounted of a stated total. */
  unknownLabel?: string;
}

export interface FigureSource {
  /** Report id. */
  report: string;
  /** The agency name as the report gives it. */
  name: string;
  /** The agency's pinyin (`bao ji shi gong an ju`), when `name` is its display name: the English gloss. */
  pinyin?: string;
  year: number | null;
  /** The original report's address, only when the dataset has one. */
  url: string | null;
}

export interface ComparedReport {
  name: string;
  year: number | null;
  report: string | null;
}

/** `sha256:1a2b3c4d…` → `1a2b3c4d`. */
export const shortVersion = (inputsSha256: string) => inputsSha256.replace(/^sha256:/, '').slice(0, 8);
