/**
 * One of Compare's charts as a `ChartFigure`: its heading as title, the agencies (with the year
 * of the report shown) as subtitle, the source line naming the reports and the permalink of the
 * Compare view.
 */
import type { Manifest } from '../data/types';
import type { Lang } from '../view/parseView';
import type { ChartFigure, ComparedReport } from './chartFigure';
import { withSources } from './withSources';

export interface CompareParts {
  kind: 'groupedBars' | 'stackedShares';
  /** File-name stem: `compare-keyFigures`. */
  key: string;
  title: string;
  agencyNames: string[];
  /** The same agencies as data: name, year and id of the report shown. */
  compared: ComparedReport[];
  /** Palette slot of each agency. */
  agencyColors?: number[];
  groups?: ChartFigure['groups'];
  stacks?: ChartFigure['stacks'];
  categories?: ChartFigure['categories'];
  unknownLabel?: string;
}

export function calcCompareFigure(parts: CompareParts, lang: Lang, manifest: Pick<Manifest, 'inputsSha256' | 'reports' | 'agencies'>, permalink: string, synthetic: boolean): ChartFigure {
  const figure: ChartFigure = {
    chart: parts.kind,
    lang,
    title: parts.title,
    subtitle: parts.agencyNames.join(' · '),
    notes: [],
    source: '',
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
    compared: parts.compared,
    agencyColors: parts.agencyColors,
    groups: parts.groups,
    stacks: parts.stacks,
    categories: parts.categories,
    unknownLabel: parts.unknownLabel,
  };
  return withSources(figure, manifest, synthetic);
}
