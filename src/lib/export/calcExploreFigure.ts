/**
 * Explore's chart as a `ChartFigure`: title = metric, subtitle = what is shown (agencies and
 * years, or the ranked year and cap), notes = formula and template note, source line with the
 * data version, and the permalink.
 */
import { calcRankedChart } from '../charts/rankedChart/calcRankedChart';
import type { ExploreChart } from '../explore/calcExploreChart';
import { RANK_LIMIT, rankedOptions } from '../explore/calcExploreChart';
import type { Manifest } from '../data/types';
import { glossedName } from '../i18n/glossedName';
import { STRINGS } from '../i18n/strings';
import { CHART_STRINGS } from '../i18n/stringsCharts';
import { SHARE_STRINGS } from '../i18n/stringsShare';
import type { View } from '../view/parseView';
import type { ChartFigure } from './chartFigure';
import { countDrawnSeries } from './countDrawnSeries';
import { withSources } from './withSources';
import { TREND_STRINGS } from '../i18n/stringsTrends';

export function calcExploreFigure(chart: ExploreChart, view: View, manifest: Manifest, permalink: string, synthetic: boolean): ChartFigure {
  const lang = view.lang;
  const t = STRINGS[lang];
  const s = SHARE_STRINGS[lang];
  const { metric } = chart;
  const series = view.chart === 'line' ? chart.lineSeries : chart.series;
  let subtitle: string;
  if (view.chart === 'ranked') {
    const total = chart.rankedRows.filter((r) => r.value !== null).length;
    const shown = calcRankedChart(chart.rankedRows, 1000, { ...rankedOptions(chart), lang }).bars.length;
    subtitle = s.subtitleRanked(chart.rankedYear ?? '—', shown, total);
  } else subtitle = s.subtitleLine(countDrawnSeries(series, chart.years, view.chart === 'line' ? view.hide : []), chart.yearsText);
  const notes: string[] = [];
  if (metric.derived) notes.push(`${t.formula}${lang === 'zh' ? '：' : ': '}${metric.derived.formula[lang]}`);
  if (metric.templates.length === 1) notes.push(t.onlyTemplate(metric.templates[0], chart.yearsText));
  const ts = TREND_STRINGS[lang];
  if (view.chart !== 'ranked') {
    if (view.mode !== 'value') notes.push(ts.modeNote[view.mode]);
    if (chart.crossesTemplateChange) notes.push(`┆ ${ts.templateChange}${metric.templates.length === 1 ? `：${ts.stopsAtChange}` : ''}`);
  }
  notes.push(...calcChartNotes(chart, view));
  if (view.notes) notes.push(view.notes);
  const figure: ChartFigure = {
    chart: view.chart,
    lang,
    title: view.title ?? metric.label[lang],
    subtitle: view.subtitle ?? subtitle,
    notes,
    source: '',
    permalink,
    metricKey: metric.key,
    unit: view.chart === 'ranked' ? metric.unit : chart.unit,
    reportedUnit: metric.unit,
    breakAtTemplateChange: chart.breakAtTemplateChange,
    years: chart.years,
    series,
    rankedRows: chart.rankedRows,
    rankedYear: chart.rankedYear,
    highlight: chart.highlight,
    limit: RANK_LIMIT,
    onlyHighlighted: chart.onlyHighlighted,
    scale: view.chart !== 'ranked' && view.mode === 'change' ? 'linear' : view.scale,
    hidden: view.chart === 'line' ? view.hide : [],
    highlightSeries: view.chart === 'line' ? view.highlight : null,
    annotation: view.chart === 'line' ? view.annotation : null,
    byline: view.byline,
  };
  return withSources(figure, manifest, synthetic);
}

/** What the chart itself must say: a metric of the URL that does not exist, log scale, and for the ranked chart whom it leaves out and why. */
export function calcChartNotes(chart: ExploreChart, view: View): string[] {
  const c = CHART_STRINGS[view.lang];
  const notes: string[] = [];
  if (view.metric !== chart.metric.key) notes.push(c.unknownMetric(view.metric.length > 60 ? `${view.metric.slice(0, 60)}…` : view.metric, chart.metric.label[view.lang]));
  if (view.scale === 'log') notes.push(c.logNote);
  if (view.chart === 'ranked' && chart.onlyHighlighted) {
    if (chart.rankedYear === null) notes.push(c.rankedNoYear);
    else {
      notes.push(c.rankedPickedOnly(chart.rankedYear, chart.rankedRows.filter((r) => r.value !== null).length));
      if (chart.missing.noReport.length) notes.push(c.missingNoReport(chart.rankedYear, chart.missing.noReport.map((a) => glossedName(a.name, a.pinyin, view.lang))));
      if (chart.missing.blank.length) notes.push(c.missingBlank(chart.rankedYear, chart.missing.blank.map((a) => glossedName(a.name, a.pinyin, view.lang))));
    }
  }
  return notes;
}
