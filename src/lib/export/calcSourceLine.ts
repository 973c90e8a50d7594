/**
 * The source line under every exported chart, as one text: the reports drawn (up to
 * `SOURCES_LISTED`, each with agency, year and the original URL where the dataset has one, each
 * on a line of its own; more than that as a count of reports and agencies over the years, the
 * list being in the CSV), the data version, and a warning when synthetic reports are in the
 * data. Without sources, the generic line.
 */
import type { Manifest } from '../data/types';
import { SHARE_STRINGS } from '../i18n/stringsShare';
import type { Lang } from '../view/parseView';
import type { FigureSource } from './chartFigure';
import { calcSourceParts } from './calcSourceParts';

export function calcSourceLine(lang: Lang, manifest: Pick<Manifest, 'inputsSha256'>, synthetic: boolean, sources: readonly FigureSource[] = []): string {
  const s = SHARE_STRINGS[lang];
  const { lead, items, tail } = calcSourceParts(lang, manifest, synthetic, sources);
  return `${lead}${items.map((i) => (i.url ? `${i.text}${s.urlBefore}${i.url}` : i.text)).join(`${s.sourcesJoin}\n`)} · ${tail}`;
}
