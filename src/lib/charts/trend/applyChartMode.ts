/**
 * A chart mode over the series of a line chart or small multiples: the values as reported, the
 * change against the previous report, or an index (the first year with a value above 0 = 100).
 * Each row keeps the report's value in `reported` and carries its `change`, so tooltips and
 * tables can say both; a row without a computable change or index is blank (`null`), not 0.
 */
import type { LineSeries } from '../lineChart/calcLineChart';
import type { ChartMode } from '../../view/parseView';
import { calcYearChanges } from './calcYearChange';

export type { ChartMode };

const round1 = (x: number) => Math.round(x * 10) / 10;

export function applyChartMode(series: readonly LineSeries[], mode: ChartMode): LineSeries[] {
  return series.map((s) => {
    const changes = calcYearChanges(s.rows);
    const base = [...s.rows].sort((a, b) => a.year - b.year).find((r) => r.value !== null && r.value > 0) ?? null;
    const rows = s.rows.map((r) => {
      const change = changes.get(r.year) ?? null;
      const reported = r.value;
      if (mode === 'value') return { ...r, change };
      if (mode === 'change') return { ...r, change, reported, value: change ? change.delta : null };
      const index = base && reported !== null ? round1((reported / base.value!) * 100) : null;
      return { ...r, change, reported, value: index, indexBase: base?.year };
    });
    return { ...s, rows };
  });
}
