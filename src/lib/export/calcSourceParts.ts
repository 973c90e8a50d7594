/**
 * The source line's pieces, for an image (joined by `calcSourceLine`) or for HTML (the embed,
 * where each report's name links to its original): `lead` (the generic source, the count of many
 * reports, or "来源：" before the few named), the named `items` (agency, year; `url` only where
 * the dataset has one), and the `tail` (data version, synthetic-data warning).
 */
import type { Manifest } from '../data/types';
import { glossedName } from '../i18n/glossedName';
import { SHARE_STRINGS } from '../i18n/stringsShare';
import type { Lang } from '../view/parseView';
import { shortVersion, type FigureSource } from './chartFigure';

/** Reports named one by one; more are counted. */
export const SOURCES_LISTED = 3;

export interface SourceParts {
  lead: string;
  items: { text: string; url: string | null }[];
  tail: string;
}

export function calcSourceParts(lang: Lang, manifest: Pick<Manifest, 'inputsSha256'>, synthetic: boolean, sources: readonly FigureSource[] = []): SourceParts {
  const s = SHARE_STRINGS[lang];
  const tail = [s.dataVersion(shortVersion(manifest.inputsSha256)), ...(synthetic ? [s.synthetic] : [])].join(' · ');
  const name = (x: FigureSource) => glossedName(x.name, x.pinyin, lang);
  if (sources.length > 0 && sources.length <= SOURCES_LISTED) {
    return { lead: s.sourcesLead(sources.length), items: sources.map((x) => ({ text: s.sourceItem(name(x), x.year), url: x.url })), tail };
  }
  if (sources.length === 0) return { lead: s.source, items: [], tail };
  let first = Infinity;
  let last = -Infinity;
  for (const x of sources) if (x.year !== null) (first = Math.min(first, x.year)), (last = Math.max(last, x.year));
  const span = first === Infinity ? '—' : first === last ? String(first) : `${first}–${last}`;
  return { lead: s.sourcesMany(sources.length, new Set(sources.map((x) => x.name)).size, name(sources[0]), span), items: [], tail };
}
