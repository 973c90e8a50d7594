/**
 * One of the agency page's trend charts as a `ChartFigure` (a line of one key figure over the
 * agency's years), so it downloads as PNG, SVG and CSV like every other chart. Its permalink is
 * the same figure in Explore, where it can also be shared and embedded.
 */
import type { KeyFigureSeries } from '../agency/calcKeyFigures';
import type { Manifest } from '../data/types';
import { SHARE_STRINGS } from '../i18n/stringsShare';
import type { Lang } from '../view/parseView';
import type { ChartFigure } from './chartFigure';
import { withSources } from './withSources';

export function calcTrendFigure(
  fig: KeyFigureSeries,
  agencyName: string,
  years: number[],
  lang: Lang,
  manifest: Pick<Manifest, 'inputsSha256' | 'reports' | 'agencies'>,
  permalink: string,
  synthetic: boolean,
): ChartFigure {
  const yearsText = years.length ? (years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0])) : '';
  const figure: ChartFigure = {
    chart: 'line',
    lang,
    title: `${agencyName}${lang === 'zh' ? '：' : ': '}${fig.label[lang]}`,
    subtitle: SHARE_STRINGS[lang].subtitleLine(1, yearsText),
    notes: [],
    source: '',
    permalink,
    metricKey: fig.path,
    unit: 'count',
    years,
    series: [{ key: fig.path, name: agencyName, rows: fig.rows }],
    rankedRows: [],
    rankedYear: null,
    highlight: new Set(),
    limit: 0,
  };
  return withSources(figure, manifest, synthetic);
}
