/** A figure with the reports it draws as its sources, and the source line naming them. */
import type { Manifest } from '../data/types';
import type { ChartFigure } from './chartFigure';
import { calcDrawnReports } from './calcDrawnReports';
import { calcFigureSources } from './calcFigureSources';
import { calcSourceLine } from './calcSourceLine';

export function withSources(figure: ChartFigure, manifest: Pick<Manifest, 'inputsSha256' | 'reports' | 'agencies'>, synthetic: boolean): ChartFigure {
  const sources = calcFigureSources(calcDrawnReports(figure), manifest);
  return { ...figure, sources, source: calcSourceLine(figure.lang, manifest, synthetic, sources) };
}
