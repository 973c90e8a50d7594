/**
 * One of Compare's charts as a `ChartFigure`: its heading as title, the agencies (with the year
 * of the report shown) as subtitle, the source line and the permalink of the Compare view.
 */
import type { Manifest } from '../data/types';
import type { Lang } from '../view/parseView';
import type { ChartFigure } from './chartFigure';
import { calcSourceLine } from './calcSourceLine';

export interface CompareParts {
  kind: 'groupedBars' | 'stackedShares';
  /** File-name stem: `compare-keyFigures`. */
  key: string;
  title: string;
  agencyNames: string[];
  /** Palette slot of each agency. */
  agencyColors?: number[];
  groups?: ChartFigure['groups'];
  stacks?: ChartFigure['stacks'];
  categories?: ChartFigure['categories'];
  unknownLabel?: string;
}

export function calcCompareFigure(parts: CompareParts, lang: Lang, manifest: Pick<Manifest, 'inputsSha256'>, permalink: string, synthetic: boolean): ChartFigure {
  return {
    chart: parts.kind,
    lang,
    title: parts.title,
    subtitle: parts.agencyNames.join(' · '),
    notes: [],
    source: calcSourceLine(lang, manifest, synthetic),
    permalink,
    metricKey: parts.key,
    unit: 'count',
    years: [],
    series: [],
    rankedRows: [],
    rankedYear: null,
    highlight: new Set(),
    limit: 0,
    agencyNames: parts.agencyNames,
    agencyColors: parts.agencyColors,
    groups: parts.groups,
    stacks: parts.stacks,
    categories: parts.categories,
    unknownLabel: parts.unknownLabel,
  };
}
