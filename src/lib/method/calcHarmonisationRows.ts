/**
 * The Method view's table of the 2019 ↔ 2021 mapping: for each harmonised concept, where each
 * template keeps it, in words, and why they are one series; then the look-alikes never joined.
 * Rows that share one reason (the 23 table-3 rows, the 15 table-4 cells) are listed once with
 * their concepts joined, so the table stays readable.
 */
import type { Label } from '../data/types';
import { HARMONISATION, NOT_COMPARABLE, type SeriesSource } from '../dataset/metrics/harmonisation';
import { METRIC_CATALOGUE } from '../dataset/metrics/metricCatalogue';
import { TABLE3_ROW_LABELS } from '../dataset/metrics/metricLabels';
import type { Lang } from '../view/parseView';

export interface MethodMappingRow {
  /** The concept(s). */
  concepts: string[];
  from2019: string;
  from2021: string;
  reason: string;
  /** Catalogue key of the series (the first concept's). */
  key: string;
}

const labelOf = (path: string, lang: Lang): string => {
  const m = METRIC_CATALOGUE.find((x) => x.key === path);
  if (m) return m.label[lang];
  const row = TABLE3_ROW_LABELS[path.replace(/^applications\./, '')];
  return row ? row[lang] : path;
};

function describe(source: SeriesSource, lang: Lang, sameRow: boolean): string {
  if (source.kind === 'derived') return lang === 'zh' ? '同一公式' : 'same formula';
  if (source.kind === 'cell') return sameRow ? (lang === 'zh' ? '同一行/格' : 'same row or cell') : labelOf(source.path, lang);
  const parts = source.paths.map((p) => labelOf(p, lang)).join(' + ');
  return lang === 'zh' ? `${parts}；只印一行“（六）”的取该行` : `${parts}; a single printed （六） row where that is all the report gives`;
}

export function calcHarmonisationRows(lang: Lang): MethodMappingRow[] {
  const out: MethodMappingRow[] = [];
  const byReason = new Map<Label, MethodMappingRow>();
  for (const h of HARMONISATION) {
    const a = h.from['2019'];
    const b = h.from['2021'];
    const sameRow = a.kind === 'cell' && b.kind === 'cell' && a.path === b.path;
    const grouped = sameRow || h.table === 'derived' ? byReason.get(h.reason) : undefined;
    if (grouped) {
      grouped.concepts.push(h.label[lang]);
      continue;
    }
    const row: MethodMappingRow = { key: h.key, concepts: [h.label[lang]], from2019: describe(a, lang, sameRow), from2021: describe(b, lang, sameRow), reason: h.reason[lang] };
    if (sameRow || h.table === 'derived') byReason.set(h.reason, row);
    out.push(row);
  }
  return out;
}

export function calcNotComparableRows(lang: Lang): { label: string; reason: string }[] {
  return NOT_COMPARABLE.map((n) => ({ label: n.label[lang], reason: n.reason[lang] }));
}
