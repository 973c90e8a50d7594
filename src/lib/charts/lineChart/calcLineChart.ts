/**
 * Line chart over years for a few agencies: d3's point scale of years on x, a value scale on y
 * (linear from 0, or log), one line per agency broken where a value is blank (`null` is a gap,
 * never 0), and a point for every value so that a lone year still shows. Colours follow the
 * agency (`calcSeriesColors`); hidden series leave the scale but keep their colour; a
 * highlighted series is labelled at its end and the others are greyed; points of two or more
 * series at the same value are set side by side and listed in `overlaps`.
 */
import { scalePoint } from 'd3-scale';
import { placeYearLine } from './placeYearLine';
import { calcTemplateRule, TEMPLATE_CHANGE_YEAR } from '../trend/calcTemplateRule';
import type { MetricRow } from '../../data/calcMetricRows';
import type { MetricUnit } from '../../data/types';
import type { Annotation, Lang } from '../../view/parseView';
import { calcAxisFormat } from '../common/calcAxisFormat';
import { calcSeriesColors } from '../common/calcSeriesColors';
import { calcValueScale, type ScaleType } from '../common/calcValueScale';
import type { Size, Tick } from '../common/types';

export interface LineSeries {
  key: string;
  name: string;
  /** The agency's toneless pinyin (`AgencyEntry.pinyin`), for the English gloss of `name` in notes; absent when `name` is not an agency's. */
  pinyin?: string;
  /** The agency's rows, any order; years outside `options.years` are ignored. */
  rows: MetricRow[];
}

export interface LinePoint {
  x: number;
  y: number;
  row: MetricRow & { value: number };
}

export interface PlacedLine {
  key: string;
  name: string;
  pinyin: string | undefined;
  color: number;
  /** SVG path; empty when no two consecutive years have values. */
  d: string;
  /** Dashed SVG path across years with nothing to read (no report, or a report without tables). */
  bridge: string;
  points: LinePoint[];
  /** Drawn grey behind a highlighted series. */
  muted: boolean;
  highlighted: boolean;
  /** Name at the line's last point (highlighted series). */
  endLabel: { x: number; y: number } | null;
}

/** Two or more series with the same value in the same year. */
export interface Overlap {
  year: number;
  value: number;
  /** The series at that value, by name (with pinyin where the series has it, for the English gloss). */
  names: { name: string; pinyin: string | undefined }[];
}

export type LineEmpty = 'noSeries' | 'noYears' | 'noValues' | 'tooSmall';

export interface LineLayout {
  empty: LineEmpty | null;
  size: Size;
  margin: { top: number; right: number; bottom: number; left: number };
  xTicks: Tick[];
  yTicks: Tick[];
  /** Visible lines (hidden series left out), muted ones first so the highlighted line is on top. */
  lines: PlacedLine[];
  /** Every series with its colour, hidden or not, and whether it has a value in the years shown (for the legend). */
  keyed: { key: string; name: string; color: number; hidden: boolean; valued: boolean }[];
  overlaps: Overlap[];
  /** The journalist's note: at a year (x, with `y` null: a rule across the plot) or at a point. */
  annotation: { x: number; y: number | null; text: string; year: number; labelY: number } | null;
  /** Largest value drawn. */
  max: number | null;
  /** x of the rule between 2020 and 2021 (the template change), when the axis crosses it. */
  templateRule: number | null;
}

export interface LineOptions {
  /** Years on the x axis, ascending (the metric's years within the chosen range). */
  years: number[];
  unit: MetricUnit;
  lang: Lang;
  scale?: ScaleType;
  /** Series keys left out of the chart (clicked off in the legend). */
  hidden?: readonly string[];
  /** Series key drawn in colour and labelled; the others grey. */
  highlight?: string | null;
  /** Fewer ticks for small charts. */
  compact?: boolean;
  annotation?: Annotation | null;
  /** The metric is not comparable across the 2021 template change: lines stop at the rule. */
  breakAtTemplateChange?: boolean;
}

const OFFSET = 5;

export function calcLineChart(series: LineSeries[], size: Size, options: LineOptions): LineLayout {
  const compact = options.compact ?? false;
  const highlight = options.highlight && series.some((s) => s.key === options.highlight) ? options.highlight : null;
  // The top margin holds the unit of the value axis.
  const margin = compact ? { top: 18, right: 10, bottom: 22, left: 44 } : { top: 24, right: highlight ? 96 : 16, bottom: 28, left: 60 };
  const colors = calcSeriesColors(series.map((s) => s.key));
  const hidden = new Set(options.hidden ?? []);
  const yearSet = new Set(options.years);
  const keyed = series.map((s, i) => ({ key: s.key, name: s.name, color: colors[i], hidden: hidden.has(s.key), valued: s.rows.some((r) => r.value !== null && yearSet.has(r.year)) }));
  const base: LineLayout = { empty: null, size, margin, xTicks: [], yTicks: [], lines: [], keyed, overlaps: [], annotation: null, max: null, templateRule: null };
  if (series.length === 0) return { ...base, empty: 'noSeries' };
  if (options.years.length === 0) return { ...base, empty: 'noYears' };
  const inner = { width: size.width - margin.left - margin.right, height: size.height - margin.top - margin.bottom };
  if (inner.width < 40 || inner.height < 30) return { ...base, empty: 'tooSmall' };

  const visible = series.map((s, i) => ({ s, color: colors[i] })).filter(({ s }) => !hidden.has(s.key));
  const valued = visible.map(({ s }) => s.rows.filter((r): r is LinePoint['row'] => r.value !== null && yearSet.has(r.year)));
  if (valued.every((v) => v.length === 0)) return { ...base, empty: 'noValues' };
  const values = valued.flat().map((r) => r.value);

  const x = scalePoint<number>().domain(options.years).range([margin.left, margin.left + inner.width]).padding(options.years.length === 1 ? 0.5 : 0.1);
  const tickCount = compact ? 3 : Math.max(2, Math.floor(inner.height / 50));
  const y = calcValueScale(values, [margin.top + inner.height, margin.top], { type: options.scale, unit: options.unit, ticks: tickCount });
  const format = calcAxisFormat(y.ticks, options.unit, options.lang, options.scale === 'log');

  const everyNth = Math.max(1, Math.ceil(options.years.length / Math.max(1, Math.floor(inner.width / (compact ? 34 : 52)))));
  const xTicks = options.years.filter((_, i) => i % everyNth === 0).map((yr) => ({ pos: x(yr)!, label: String(yr) }));
  const yTicks = y.ticks.map((v) => ({ pos: y(v), label: format(v) }));

  const breakBefore = options.breakAtTemplateChange ? TEMPLATE_CHANGE_YEAR : undefined;
  const lines = visible.map(({ s, color }): PlacedLine => {
    const placed = placeYearLine(s.rows, options.years, x, y, breakBefore);
    const last = placed.points[placed.points.length - 1];
    const isHighlight = highlight === s.key;
    return { key: s.key, name: s.name, pinyin: s.pinyin, color, ...placed, muted: highlight !== null && !isHighlight, highlighted: isHighlight, endLabel: isHighlight && last ? { x: last.x, y: last.y } : null };
  });

  // Same year, same value: side by side, so that no series hides another.
  const overlaps: Overlap[] = [];
  for (const yr of options.years) {
    const byValue = new Map<number, LinePoint[]>();
    const names = new Map<number, Overlap['names']>();
    for (const l of lines)
      for (const p of l.points)
        if (p.row.year === yr) {
          byValue.set(p.row.value, [...(byValue.get(p.row.value) ?? []), p]);
          names.set(p.row.value, [...(names.get(p.row.value) ?? []), { name: l.name, pinyin: l.pinyin }]);
        }
    for (const [value, pts] of byValue) {
      if (pts.length < 2) continue;
      pts.forEach((p, k) => (p.x += (k - (pts.length - 1) / 2) * OFFSET));
      overlaps.push({ year: yr, value, names: names.get(value)! });
    }
  }
  const ann = options.annotation;
  let annotation: LineLayout['annotation'] = null;
  if (ann && yearSet.has(ann.year)) {
    const at = ann.agency ? lines.find((l) => l.key === ann.agency)?.points.find((p) => p.row.year === ann.year) : undefined;
    // A note on an agency not drawn, or on its blank year, falls back to the year.
    const ax = at?.x ?? x(ann.year)!;
    let labelY = at ? Math.max(margin.top, at.y - 30) : margin.top;
    // Clear of the highlighted line's end label, which sits at its last point.
    const end = lines.find((l) => l.endLabel)?.endLabel;
    if (end && Math.abs(end.x - ax) < 120 && Math.abs(end.y - (labelY + 8)) < 22) labelY = end.y + 14;
    annotation = { x: ax, y: at?.y ?? null, text: ann.text, year: ann.year, labelY };
  }
  lines.sort((a, b) => Number(b.muted) - Number(a.muted));
  return { ...base, xTicks, yTicks, lines, overlaps, annotation, max: Math.max(0, ...values), templateRule: calcTemplateRule(options.years, x) };
}
