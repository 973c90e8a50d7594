/**
 * Explore's chart as a `ChartFigure`: title = metric, subtitle = what is shown (agencies and
 * years, or the ranked year and cap), notes = formula and template note, source line with the
 * data version, and the permalink.
 */
import { calcRankedChart } from '../charts/rankedChart/calcRankedChart';
import type { ExploreChart } from '../explore/calcExploreChart';
import { RANK_LIMIT } from '../explore/calcExploreChart';
import type { Manifest } from '../data/types';
import { STRINGS } from '../i18n/strings';
import { SHARE_STRINGS } from '../i18n/stringsShare';
import type { View } from '../view/parseView';
import type { ChartFigure } from './chartFigure';
import { calcSourceLine } from './calcSourceLine';

export function calcExploreFigure(chart: ExploreChart, view: View, manifest: Manifest, permalink: string, synthetic: boolean): ChartFigure {
  const lang = view.lang;
  const t = STRINGS[lang];
  const s = SHARE_STRINGS[lang];
  const { metric } = chart;
  const series = view.chart === 'line' ? chart.lineSeries : chart.series;
  let subtitle: string;
  if (view.chart === 'ranked') {
    const total = chart.rankedRows.filter((r) => r.value !== null).length;
    const shown = calcRankedChart(chart.rankedRows, 1000, { limit: RANK_LIMIT, highlight: chart.highlight, format: String }).bars.length;
    subtitle = s.subtitleRanked(chart.rankedYear ?? '—', shown, total);
  } else subtitle = s.subtitleLine(series.length, chart.yearsText);
  const notes: string[] = [];
  if (metric.derived) notes.push(`${t.formula}${lang === 'zh' ? '：' : ': '}${metric.derived.formula[lang]}`);
  if (metric.templates.length === 1) notes.push(t.onlyTemplate(metric.templates[0], chart.yearsText));
  const source = calcSourceLine(lang, manifest, synthetic);
  return {
    chart: view.chart,
    lang,
    title: metric.label[lang],
    subtitle,
    notes,
    source,
    permalink,
    metricKey: metric.key,
    unit: metric.unit,
    years: chart.years,
    series,
    rankedRows: chart.rankedRows,
    rankedYear: chart.rankedYear,
    highlight: chart.highlight,
    limit: RANK_LIMIT,
  };
}
