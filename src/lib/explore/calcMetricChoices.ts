/**
 * The metric picker's choices for one group: plain metrics, and table rows (table 3, table 4)
 * offered once with a column picker (applicant column / result) instead of one entry per cell.
 * Series comparable across the 2021 template change come first (`span: 'both'`), then those of
 * the 2019 template only, then the 2021 template only — each part in catalogue order.
 */
import type { Lang } from '../view/parseView';
import type { MetricGroup, MetricInfo } from '../data/types';

/** Which reports a choice spans: both templates, or one only. */
export type ChoiceSpan = 'both' | '2019' | '2021';

export type MetricChoice =
  | { kind: 'metric'; key: string; label: string; count: number; span: ChoiceSpan }
  | { kind: 'row'; row: string; label: string; columns: { column: string; key: string; label: string; count: number }[]; span: ChoiceSpan };

const SPAN_ORDER: readonly ChoiceSpan[] = ['both', '2019', '2021'];
const spanOf = (m: MetricInfo): ChoiceSpan => (m.templates.length === 1 ? m.templates[0] : 'both');

/** The column's own label: the part of the full label the row label does not say. */
function columnLabel(m: MetricInfo, lang: Lang): string {
  const full = m.label[lang];
  const row = m.rowLabel?.[lang] ?? '';
  const rest = full.startsWith(row) ? full.slice(row.length) : full;
  return rest.replace(/^[\s:：·（(]+|[）)]$/g, '').trim() || String(m.column);
}

export function calcMetricChoices(metrics: readonly MetricInfo[], group: MetricGroup, lang: Lang): MetricChoice[] {
  const choices: MetricChoice[] = [];
  const rows = new Map<string, Extract<MetricChoice, { kind: 'row' }>>();
  for (const m of metrics) {
    if (m.group !== group) continue;
    if (m.row && m.column) {
      let choice = rows.get(m.row);
      if (!choice) {
        choice = { kind: 'row', row: m.row, label: m.rowLabel?.[lang] ?? m.row, columns: [], span: spanOf(m) };
        rows.set(m.row, choice);
        choices.push(choice);
      }
      choice.columns.push({ column: m.column, key: m.key, label: columnLabel(m, lang), count: m.count });
    } else {
      choices.push({ kind: 'metric', key: m.key, label: m.label[lang], count: m.count, span: spanOf(m) });
    }
  }
  return SPAN_ORDER.flatMap((span) => choices.filter((c) => c.span === span));
}
