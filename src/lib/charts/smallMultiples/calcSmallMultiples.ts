/**
 * Small multiples: one small line chart per agency in a grid, all on the same y scale so that
 * panels compare by height. Blank values are gaps; a panel without values says so.
 */
import { scalePoint } from 'd3-scale';
import { placeYearLine } from '../lineChart/placeYearLine';
import type { MetricUnit } from '../../data/types';
import type { Lang } from '../../view/parseView';
import { calcAxisFormat } from '../common/calcAxisFormat';
import { calcValueScale, type ScaleType } from '../common/calcValueScale';
import { calcTemplateRule, TEMPLATE_CHANGE_YEAR } from '../trend/calcTemplateRule';
import type { LinePoint, LineSeries } from '../lineChart/calcLineChart';
import type { Tick } from '../common/types';

export interface Panel {
  key: string;
  name: string;
  /** Top-left corner of the panel in the grid. */
  left: number;
  top: number;
  d: string;
  /** Dashed path across years with nothing to read (see placeYearLine). */
  bridge: string;
  points: LinePoint[];
  /** Nothing to draw in this panel (every value blank). */
  blank: boolean;
}

export type MultiplesEmpty = 'noSeries' | 'noYears' | 'noValues';

export interface MultiplesLayout {
  empty: MultiplesEmpty | null;
  columns: number;
  panelWidth: number;
  panelHeight: number;
  /** Plot area inside each panel (relative to the panel). */
  plot: { left: number; top: number; right: number; bottom: number };
  height: number;
  panels: Panel[];
  yTicks: Tick[];
  xTicks: Tick[];
  /** x (inside each panel) of the rule between 2020 and 2021, the template change, when the axis crosses it. */
  templateRule: number | null;
}

export interface MultiplesOptions {
  years: number[];
  unit: MetricUnit;
  lang: Lang;
  scale?: ScaleType;
  minPanelWidth?: number;
  panelHeight?: number;
  /** The metric is not comparable across the 2021 template change: lines stop at the rule. */
  breakAtTemplateChange?: boolean;
}

export function calcSmallMultiples(series: LineSeries[], width: number, options: MultiplesOptions): MultiplesLayout {
  const minW = options.minPanelWidth ?? 170;
  const panelHeight = options.panelHeight ?? 130;
  const columns = Math.max(1, Math.min(series.length || 1, Math.floor(width / minW)));
  const panelWidth = Math.floor(width / columns);
  const plot = { left: 40, top: 24, right: panelWidth - 10, bottom: panelHeight - 20 };
  const base: MultiplesLayout = { empty: null, columns, panelWidth, panelHeight, plot, height: 0, panels: [], yTicks: [], xTicks: [], templateRule: null };
  if (series.length === 0) return { ...base, empty: 'noSeries' };
  if (options.years.length === 0) return { ...base, empty: 'noYears' };
  const yearSet = new Set(options.years);
  const valued = series.map((s) => s.rows.filter((r): r is LinePoint['row'] => r.value !== null && yearSet.has(r.year)));
  if (valued.every((v) => v.length === 0)) return { ...base, empty: 'noValues' };
  const all = valued.flat().map((r) => r.value);

  const x = scalePoint<number>().domain(options.years).range([plot.left, plot.right]).padding(options.years.length === 1 ? 0.5 : 0.1);
  const y = calcValueScale(all, [plot.bottom, plot.top], { type: options.scale, unit: options.unit, ticks: 2 });
  const format = calcAxisFormat(y.ticks, options.unit, options.lang, options.scale === 'log');
  const panels = series.map((s, i): Panel => {
    const { d, bridge, points } = placeYearLine(s.rows, options.years, x, y, options.breakAtTemplateChange ? TEMPLATE_CHANGE_YEAR : undefined);
    return { key: s.key, name: s.name, left: (i % columns) * panelWidth, top: Math.floor(i / columns) * panelHeight, d, bridge, points, blank: points.length === 0 };
  });
  const years = options.years;
  const xTicks = (years.length <= 2 ? years : [years[0], years[years.length - 1]]).map((yr) => ({ pos: x(yr)!, label: String(yr) }));
  const yTicks = y.ticks.map((v) => ({ pos: y(v), label: format(v) }));
  return { ...base, height: Math.ceil(series.length / columns) * panelHeight, panels, xTicks, yTicks, templateRule: calcTemplateRule(years, x) };
}
