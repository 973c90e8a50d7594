/**
 * Kept reports as a download worker needs them (the long table's columns), in a form that
 * crosses to a worker thread without copying 250 values per report: the values in one
 * SharedArrayBuffer (NaN = null; the metric stage only makes finite numbers), the rest small.
 */
import type { AgencyEntry } from '../../src/lib/data/types';
import type { KeptReport } from '../../src/lib/dataset/calcKeptReports';
import type { FigureReport } from '../../src/lib/dataset/csv/calcFigureIndexes';
import { METRIC_CATALOGUE } from '../../src/lib/dataset/metrics/metricCatalogue';

export interface PackedKeptReports {
  /** `reports.length × METRIC_CATALOGUE.length` values, row by row. */
  values: SharedArrayBuffer;
  reports: (Pick<FigureReport, 'id' | 'agency'> & Pick<FigureReport['record'], 'year' | 'template' | 'failedChecks'> & { approximate: number[] })[];
  agencies: AgencyEntry[];
}

export function packKeptReports(kept: readonly KeptReport[], agencies: ReadonlyMap<string, AgencyEntry>): PackedKeptReports {
  const m = METRIC_CATALOGUE.length;
  const buffer = new SharedArrayBuffer(Math.max(1, kept.length * m) * 8);
  const values = new Float64Array(buffer);
  kept.forEach((k, j) => {
    const v = k.record.values;
    for (let i = 0; i < m; i++) {
      const x = v[i];
      if (x !== null && !Number.isFinite(x)) throw new Error(`${k.id}: metric ${METRIC_CATALOGUE[i].key} is ${x}, not a finite number`);
      values[j * m + i] = x === null ? NaN : x;
    }
  });
  const used = new Set(kept.map((k) => k.agency));
  return {
    values: buffer,
    reports: kept.map((k) => ({
      id: k.id,
      agency: k.agency,
      year: k.record.year,
      template: k.record.template,
      failedChecks: k.record.failedChecks,
      approximate: k.record.notes.flatMap((n) => (n.approximate ? [n.index] : [])),
    })),
    agencies: [...agencies.values()].filter((a) => used.has(a.id)),
  };
}

/** Back to what the long-table writers read. */
export function unpackKeptReports(p: PackedKeptReports): { kept: FigureReport[]; agencies: Map<string, AgencyEntry> } {
  const m = METRIC_CATALOGUE.length;
  const values = new Float64Array(p.values);
  const kept = p.reports.map((r, j): FigureReport => {
    const row = new Array<number | null>(m);
    for (let i = 0; i < m; i++) {
      const x = values[j * m + i];
      row[i] = Number.isNaN(x) ? null : x;
    }
    return {
      id: r.id,
      agency: r.agency,
      record: { year: r.year, template: r.template, failedChecks: r.failedChecks, values: row, notes: r.approximate.map((index) => ({ index, approximate: true })) },
    };
  });
  return { kept, agencies: new Map(p.agencies.map((a) => [a.id, a])) };
}
