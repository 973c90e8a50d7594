/**
 * The source line under every exported or embedded chart: the reports drawn (up to
 * `SOURCES_LISTED`, each with agency, year and the original URL where the dataset has one; more
 * than that as a count of reports and agencies over the years, the list being in the CSV), the
 * data version, and a warning when synthetic reports are in the data. Without sources, the
 * generic line.
 */
import type { Manifest } from '../data/types';
import { glossedName } from '../i18n/glossedName';
import { SHARE_STRINGS } from '../i18n/stringsShare';
import type { Lang } from '../view/parseView';
import { shortVersion, type FigureSource } from './chartFigure';

export const SOURCES_LISTED = 3;

export function calcSourceLine(lang: Lang, manifest: Pick<Manifest, 'inputsSha256'>, synthetic: boolean, sources: readonly FigureSource[] = []): string {
  const s = SHARE_STRINGS[lang];
  const name = (x: FigureSource) => glossedName(x.name, x.pinyin, lang);
  let cited = s.source;
  if (sources.length > 0 && sources.length <= SOURCES_LISTED) cited = s.sourcesListed(sources.map((x) => s.sourceItem(name(x), x.year, x.url)));
  else if (sources.length > SOURCES_LISTED) {
    const names = [...new Set(sources.map((x) => x.name))];
    let first = Infinity;
    let last = -Infinity;
    for (const x of sources) if (x.year !== null) (first = Math.min(first, x.year)), (last = Math.max(last, x.year));
    const span = first === Infinity ? '—' : first === last ? String(first) : `${first}–${last}`;
    cited = s.sourcesMany(sources.length, names.length, name(sources[0]), span);
  }
  return [cited, s.dataVersion(shortVersion(manifest.inputsSha256)), ...(synthetic ? [s.synthetic] : [])].join(' · ');
}
