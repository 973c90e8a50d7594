import { describe, expect, it } from 'vitest';
import { makeReport } from '../../../../test/factories/makeReport';
import { getPath, setPath } from '../../report/schema';
import { APPLICANT_COLUMNS, type Report, type Template } from '../../report/types';
import { calcMetricValues } from './calcMetricValues';
import { HARMONISATION, NOT_COMPARABLE, type HarmonisationRow } from './harmonisation';
import { METRIC_CATALOGUE, METRIC_INDEX } from './metricCatalogue';

const report = (template: Template) => makeReport({ template, year: template === '2019' ? 2020 : 2021 });
const set = (r: Report, path: string, v: number | null) => setPath(r as unknown as Record<string, unknown>, path, v);
const valueOf = (r: Report, key: string) => calcMetricValues(r).values[METRIC_INDEX.get(key)!];
/** Catalogue keys of a row: one per applicant column for table-3 rows. */
const keysOf = (h: HarmonisationRow) => (h.perColumn ? APPLICANT_COLUMNS.map((c) => ({ key: `${h.key}.${c}`, column: c })) : [{ key: h.key, column: undefined }]);
const withColumn = (path: string, column?: string) => (column ? `${path}.${column}` : path);

/** Inputs of the derived rates, filled so that each rate is defined (denominators above 0). */
function fillTables(r: Report): void {
  for (const m of METRIC_CATALOGUE) {
    if (m.derived || m.key.startsWith('series.') || m.key.startsWith('channels.') || !r.template || !m.templates.includes(r.template)) continue;
    if (getPath(r, m.key) === null) set(r, m.key, m.key.endsWith('.total') ? 10 : 1);
  }
  Object.assign(r.review, { upheld: 1, corrected: 2, other: 0, pending: 1, total: 4 });
}

describe('harmonisation table: one series per concept across the 2021 template change', () => {
  it('every row names a catalogue metric, once', () => {
    expect(new Set(HARMONISATION.map((h) => h.key)).size).toBe(HARMONISATION.length);
    for (const h of HARMONISATION) for (const { key } of keysOf(h)) expect(METRIC_INDEX.has(key), key).toBe(true);
  });

  it.each(HARMONISATION.map((h) => [h.key, h] as const))('%s: each template’s figure comes from its own cell, a blank stays blank', (_, h) => {
    for (const { key, column } of keysOf(h)) {
      if (h.table === 'derived') {
        const r19 = report('2019');
        const r21 = report('2021');
        fillTables(r19);
        fillTables(r21);
        expect(valueOf(r19, key), `${key} 2019`).not.toBeNull();
        expect(valueOf(r19, key)).toBe(valueOf(r21, key));
        continue;
      }
      for (const template of ['2019', '2021'] as const) {
        const source = h.from[template];
        const r = report(template);
        expect(valueOf(r, key), `${key} ${template} blank`).toBeNull();
        if (source.kind === 'cell') {
          set(r, withColumn(source.path, column), template === '2019' ? 7 : 9);
          expect(valueOf(r, key), `${key} ${template}`).toBe(template === '2019' ? 7 : 9);
        } else if (source.kind === 'sum') {
          source.paths.forEach((p, i) => set(r, withColumn(p, column), i + 1));
          expect(valueOf(r, key), `${key} sum of sub-rows`).toBe(6);
          set(r, withColumn(source.paths[1], column), null);
          expect(valueOf(r, key), `${key} a blank sub-row blanks the sum`).toBeNull();
          set(r, withColumn(source.single, column), 5);
          expect(valueOf(r, key), `${key} the single printed row`).toBe(5);
        }
      }
    }
  });

  it('（六）其他处理: 2019’s single row and 2021’s three sub-rows make one series; a blank sub-row is never a partial total', () => {
    const r19 = report('2019');
    r19.applications.otherDisposal.all!.total = 4;
    const r21 = report('2021');
    Object.assign(r21.applications.otherDisposal.overdueCorrection!, { total: 1 });
    Object.assign(r21.applications.otherDisposal.overdueFee!, { total: 0 });
    Object.assign(r21.applications.otherDisposal.other!, { total: 2 });
    expect(valueOf(r19, 'series.otherDisposal.total')).toBe(4);
    expect(valueOf(r21, 'series.otherDisposal.total')).toBe(3);
    r21.applications.otherDisposal.overdueFee!.total = null;
    expect(valueOf(r21, 'series.otherDisposal.total')).toBeNull();
  });

  it('新制作 (2019) and 制发 (2021) are one series of documents issued', () => {
    const r19 = report('2019');
    set(r19, 'active.normativeDocuments.newlyMade', 3);
    const r21 = report('2021');
    set(r21, 'active.normativeDocuments.issued', 5);
    expect([valueOf(r19, 'series.normativeDocuments.issued'), valueOf(r21, 'series.normativeDocuments.issued')]).toEqual([3, 5]);
  });
});

describe('a report mixing templates (2019 table 2 over a 2021 table 3)', () => {
  it('table 2 is read in its own template: 新制作 joins the issued series, table 3 in the 2021 rows', () => {
    const r = report('2021');
    r.table2Template = '2019';
    r.active = makeReport({ template: '2019' }).active;
    set(r, 'active.regulations.newlyMade', 2);
    set(r, 'active.licensing.decisions', 40);
    r.applications.otherDisposal.other!.total = 1;
    r.applications.otherDisposal.overdueCorrection!.total = 0;
    r.applications.otherDisposal.overdueFee!.total = 0;
    expect(valueOf(r, 'series.regulations.issued')).toBe(2);
    expect(valueOf(r, 'active.regulations.newlyMade')).toBe(2);
    expect(valueOf(r, 'active.licensing.decisions')).toBe(40);
    expect(valueOf(r, 'series.otherDisposal.total')).toBe(1);
  });
});

describe('non-comparable concepts are never joined', () => {
  it.each(NOT_COMPARABLE.map((n) => [n.label.en, n] as const))('%s', (_, n) => {
    expect(METRIC_INDEX.has(n.key2019) && METRIC_INDEX.has(n.key2021)).toBe(true);
    // No harmonisation row takes the 2019 look-alike on one side and the 2021 one on the other
    // (a sub-row of a sum is only a part, never the series value on its own).
    for (const h of HARMONISATION) {
      const paths = (t: Template) => {
        const s = h.from[t];
        return s.kind === 'cell' ? [s.path] : s.kind === 'sum' ? [s.single] : [];
      };
      const reads = (t: Template, key: string) => paths(t).some((p) => key === p || (h.perColumn && key.startsWith(`${p}.`)));
      expect(reads('2019', n.key2019) && reads('2021', n.key2021), h.key).toBe(false);
    }
    // And no catalogue metric carries the 2019 figure in a 2019 report and the 2021 figure in a 2021 one.
    const r19 = report('2019');
    set(r19, n.key2019, 111);
    const r21 = report('2021');
    set(r21, n.key2021, 222);
    const v19 = calcMetricValues(r19).values;
    const v21 = calcMetricValues(r21).values;
    const joined = METRIC_CATALOGUE.filter((_, i) => v19[i] === 111 && v21[i] === 222).map((m) => m.key);
    expect(joined).toEqual([]);
    // Each stays in its own template.
    expect(METRIC_CATALOGUE[METRIC_INDEX.get(n.key2019)!].templates).toEqual(['2019']);
    expect(METRIC_CATALOGUE[METRIC_INDEX.get(n.key2021)!].templates).toEqual(['2021']);
  });
});
