/** A figure with the reports it draws as its sources, the source line naming them, and the original URL of every report its CSV names. */
import type { Manifest } from '../data/types';
import type { ChartFigure } from './chartFigure';
import { calcDrawnReports } from './calcDrawnReports';
import { calcFigureSources } from './calcFigureSources';
import { calcSourceLine } from './calcSourceLine';

export function withSources(figure: ChartFigure, manifest: Pick<Manifest, 'inputsSha256' | 'reports' | 'agencies'>, synthetic: boolean): ChartFigure {
  const sources = calcFigureSources(calcDrawnReports(figure), manifest);
  const reportUrls = new Map(calcFigureSources(calcDrawnReports(figure, true), manifest).flatMap((x) => (x.url ? [[x.report, x.url] as const] : [])));
  return { ...figure, sources, reportUrls, source: calcSourceLine(figure.lang, manifest, synthetic, sources) };
}
