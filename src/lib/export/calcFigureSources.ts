/**
 * The reports a chart cites, from their ids: the agency name the report gives, its year, the
 * original URL when the dataset has one (never made up), and the agency's pinyin when the name is
 * its display name. Sorted by name (code-point order), then year; each report once.
 */
import type { AgencyEntry, Manifest, ManifestEntry } from '../data/types';
import type { FigureSource } from './chartFigure';

const entriesOf = new WeakMap<readonly ManifestEntry[], Map<string, ManifestEntry>>();
const agenciesOf = new WeakMap<readonly AgencyEntry[], Map<string, AgencyEntry>>();

function lookup<T extends { id: string }>(cache: WeakMap<readonly T[], Map<string, T>>, list: readonly T[]): Map<string, T> {
  let map = cache.get(list);
  if (!map) cache.set(list, (map = new Map(list.map((x) => [x.id, x]))));
  return map;
}

export function calcFigureSources(reportIds: Iterable<string>, manifest: Pick<Manifest, 'reports' | 'agencies'>): FigureSource[] {
  const entries = lookup(entriesOf, manifest.reports);
  const agencies = lookup(agenciesOf, manifest.agencies);
  const out: FigureSource[] = [];
  for (const id of new Set(reportIds)) {
    const e = entries.get(id);
    if (!e) continue;
    const agency = agencies.get(e.agency);
    const source: FigureSource = { report: e.id, name: e.name, year: e.year, url: e.url ?? null };
    if (agency?.pinyin && agency.name === e.name) source.pinyin = agency.pinyin;
    out.push(source);
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return out.sort((a, b) => cmp(a.name, b.name) || (a.year ?? 0) - (b.year ?? 0) || cmp(a.report, b.report));
}
