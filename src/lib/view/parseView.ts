/**
 * The view state the URL holds, and nothing else: which view, language, metric, agencies,
 * years, chart type, filters, agency and report. `serializeView` writes only what differs from
 * `DEFAULT_VIEW` (the default view is the empty query string); `parseView` reads any query
 * string, dropping what it cannot use, so a hand-edited or old link still opens something sane.
 */
import type { AgencyLevel } from '../report/types';

export const VIEW_NAMES = ['explore', 'compare', 'agencies', 'quality', 'method'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const CHART_TYPES = ['line', 'ranked', 'multiples'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

export const SCALES = ['linear', 'log'] as const;
export type Scale = (typeof SCALES)[number];

/** A journalist's note on the chart: at a year, or at one agency's point in that year. */
export interface Annotation {
  year: number;
  /** Agency id of the point, or null for the whole year. */
  agency: string | null;
  text: string;
}

/** Longest own text kept from a URL (title, notes …), so a link stays a link. */
export const TEXT_MAX = 280;

/** What a line chart or small multiples draw: the values, the change on the previous report, or an index (first year = 100). */
export const CHART_MODES = ['value', 'change', 'index'] as const;
export type ChartMode = (typeof CHART_MODES)[number];

export const LEVELS: readonly AgencyLevel[] = ['province', 'city', 'county', 'branch', 'other'];

/** The metric Explore shows when the URL names none: new requests over the years (the table's figure, else the prose's). */
export const DEFAULT_METRIC = 'derived.applicationsReceived';

export interface View {
  view: ViewName;
  lang: Lang;
  /** Metric key of the catalogue (Explore). */
  metric: string;
  /** Selected agency ids, in the order picked (Explore, Compare). */
  agencies: string[];
  /** Inclusive year range, or null for every year. */
  years: [number, number] | null;
  chart: ChartType;
  /** Line chart and small multiples: values, change or index. */
  mode: ChartMode;
  /** Year of the ranked chart and of Compare; null = the latest year with data. */
  year: number | null;
  /** Filters of the agency picker and of the ranked chart. */
  province: string | null;
  city: string | null;
  level: AgencyLevel | null;
  /** Agency page: the agency shown. */
  agency: string | null;
  /** Agency page: the report shown (null = the agency's latest). */
  report: string | null;
  /** Value axis of Explore's charts. */
  scale: Scale;
  /** Agency drawn in colour and labelled, the other lines grey. */
  highlight: string | null;
  /** Agencies clicked off in the legend. */
  hide: string[];
  /** The journalist's own words, replacing or adding to the chart's own (embed, PNG, SVG). */
  title: string | null;
  subtitle: string | null;
  notes: string | null;
  byline: string | null;
  annotation: Annotation | null;
}

export const DEFAULT_VIEW: View = {
  view: 'explore',
  lang: 'zh',
  metric: DEFAULT_METRIC,
  agencies: [],
  years: null,
  chart: 'line',
  mode: 'value',
  year: null,
  province: null,
  city: null,
  level: null,
  agency: null,
  report: null,
  scale: 'linear',
  highlight: null,
  hide: [],
  title: null,
  subtitle: null,
  notes: null,
  byline: null,
  annotation: null,
};

const oneOf = <T extends string>(list: readonly T[], v: string | null): T | null =>
  v !== null && (list as readonly string[]).includes(v) ? (v as T) : null;

const text = (v: string | null) => {
  const t = v?.trim();
  return t ? t : null;
};

const year = (v: string | null) => {
  const n = v !== null && /^\d{4}$/.test(v.trim()) ? Number(v) : NaN;
  return Number.isInteger(n) ? n : null;
};

/** Own text: trimmed, at most `TEXT_MAX` characters, control characters dropped. */
const ownText = (v: string | null) => {
  // eslint-disable-next-line no-control-regex
  const t = v?.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim().slice(0, TEXT_MAX).trim();
  return t ? t : null;
};

const idList = (v: string | null) => [...new Set((v ?? '').split(',').map((s) => s.trim()).filter(Boolean))];

function annotation(p: URLSearchParams): Annotation | null {
  const y = year(p.get('annYear'));
  const t = ownText(p.get('annText'));
  return y !== null && t !== null ? { year: y, agency: text(p.get('annAgency')), text: t } : null;
}

function yearRange(v: string | null): [number, number] | null {
  const m = v ? /^(\d{4})-(\d{4})$/.exec(v.trim()) : null;
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return a <= b ? [a, b] : [b, a];
}

export function parseView(search: string): View {
  const p = new URLSearchParams(search);
  const report = text(p.get('report'));
  const agencies = idList(p.get('agencies'));
  return {
    // An old `?report=<id>` link opens that report on the agency page.
    view: oneOf(VIEW_NAMES, p.get('view')) ?? (report ? 'agencies' : DEFAULT_VIEW.view),
    lang: oneOf(LANGS, p.get('lang')) ?? DEFAULT_VIEW.lang,
    metric: text(p.get('metric')) ?? DEFAULT_VIEW.metric,
    agencies,
    years: yearRange(p.get('years')),
    chart: oneOf(CHART_TYPES, p.get('chart')) ?? DEFAULT_VIEW.chart,
    mode: oneOf(CHART_MODES, p.get('mode')) ?? DEFAULT_VIEW.mode,
    year: year(p.get('year')),
    province: text(p.get('province')),
    city: text(p.get('city')),
    level: oneOf(LEVELS, p.get('level')),
    agency: text(p.get('agency')),
    report,
    scale: oneOf(SCALES, p.get('scale')) ?? DEFAULT_VIEW.scale,
    highlight: text(p.get('highlight')),
    hide: idList(p.get('hide')),
    title: ownText(p.get('title')),
    subtitle: ownText(p.get('subtitle')),
    notes: ownText(p.get('notes')),
    byline: ownText(p.get('byline')),
    annotation: annotation(p),
  };
}

/** `?…` with the fields that differ from the default, in a fixed order; `''` for the default view. */
export function serializeView(view: View): string {
  const p = new URLSearchParams();
  const d = DEFAULT_VIEW;
  if (view.view !== d.view) p.set('view', view.view);
  if (view.lang !== d.lang) p.set('lang', view.lang);
  if (view.metric !== d.metric) p.set('metric', view.metric);
  if (view.agencies.length) p.set('agencies', view.agencies.join(','));
  if (view.years) p.set('years', `${view.years[0]}-${view.years[1]}`);
  if (view.chart !== d.chart) p.set('chart', view.chart);
  if (view.mode !== d.mode) p.set('mode', view.mode);
  if (view.year !== null) p.set('year', String(view.year));
  if (view.province) p.set('province', view.province);
  if (view.city) p.set('city', view.city);
  if (view.level) p.set('level', view.level);
  if (view.agency) p.set('agency', view.agency);
  if (view.report) p.set('report', view.report);
  if (view.scale !== d.scale) p.set('scale', view.scale);
  if (view.highlight) p.set('highlight', view.highlight);
  if (view.hide.length) p.set('hide', view.hide.join(','));
  for (const key of ['title', 'subtitle', 'notes', 'byline'] as const) {
    const own = ownText(view[key]);
    if (own) p.set(key, own);
  }
  const ann = view.annotation && ownText(view.annotation.text);
  if (view.annotation && ann) {
    p.set('annYear', String(view.annotation.year));
    if (view.annotation.agency) p.set('annAgency', view.annotation.agency);
    p.set('annText', ann);
  }
  const s = p.toString().replaceAll('%2C', ',');
  return s ? `?${s}` : '';
}
