/**
 * Duplicates and conflicts, after agency identity: reports of the same agency and year with
 * identical figures (every catalogue value, template, channel notes) keep one report and drop
 * the rest (noted on the kept one); different figures keep all of them and flag a conflict.
 * Which copy is kept and which gets `-2`, `-3` … is decided by content (the bytes' hash), never
 * by file names, so renaming files keeps every id and link. The result is in manifest order:
 * agency (by the agencies' order), year, id.
 */
import type { Conflict } from '../data/types';
import type { AgencyTable } from './agencies/calcAgencies';
import { compareCodePoints } from './corpusEntry';
import { METRIC_CATALOGUE } from './metrics/metricCatalogue';
import { compareByContent, type ReportRecord } from './reportRecord';

export interface KeptReport {
  record: ReportRecord;
  /** Final report id (the record's, or with a suffix when taken). */
  id: string;
  agency: string;
  /** Files with identical figures, dropped. */
  duplicates: string[];
  conflict?: number;
}

export interface KeptReports {
  kept: KeptReport[];
  /** Dropped duplicates: record index → final id of the kept report. */
  duplicateOf: Map<number, string>;
  conflicts: Conflict[];
}

const sameFigures = (a: ReportRecord, b: ReportRecord) =>
  a.template === b.template && a.values.every((v, i) => v === b.values[i]) && JSON.stringify(a.notes) === JSON.stringify(b.notes);

function differing(group: ReportRecord[]): string[] {
  const keys: string[] = [];
  for (let i = 0; i < METRIC_CATALOGUE.length && keys.length < 20; i++) {
    const v = group[0].values[i];
    if (group.some((r) => r.values[i] !== v)) keys.push(METRIC_CATALOGUE[i].key);
  }
  return keys;
}

export function calcKeptReports(records: readonly ReportRecord[], table: AgencyTable): KeptReports {
  const agencyRank = new Map(table.agencies.map((a, i) => [a.id, i]));
  const byGroup = new Map<string, ReportRecord[]>();
  for (const r of [...records].sort(compareByContent)) {
    const agency = table.agencyOf.get(r.index)!;
    const key = r.year === null ? `${agency}\0#${r.index}` : `${agency}\0${r.year}`;
    (byGroup.get(key) ?? byGroup.set(key, []).get(key)!).push(r);
  }

  const kept: KeptReport[] = [];
  const dropped: { index: number; of: KeptReport }[] = [];
  const conflictGroups: KeptReport[][] = [];
  for (const group of byGroup.values()) {
    const reps: KeptReport[] = [];
    for (const r of group) {
      const same = reps.find((k) => sameFigures(k.record, r));
      if (same) {
        same.duplicates.push(r.file);
        dropped.push({ index: r.index, of: same });
      } else reps.push({ record: r, id: r.id, agency: table.agencyOf.get(r.index)!, duplicates: [] });
    }
    kept.push(...reps);
    if (reps.length > 1) conflictGroups.push(reps);
  }

  // Unique ids, in content order.
  const used = new Set<string>();
  for (const k of [...kept].sort((a, b) => compareByContent(a.record, b.record))) {
    let id = k.record.id;
    for (let n = 2; used.has(id); n++) id = `${k.record.id}-${n}`;
    used.add(id);
    k.id = id;
  }
  kept.sort(
    (a, b) =>
      agencyRank.get(a.agency)! - agencyRank.get(b.agency)! ||
      (a.record.year ?? Infinity) - (b.record.year ?? Infinity) ||
      compareCodePoints(a.id, b.id),
  );
  const position = new Map(kept.map((k, i) => [k, i]));
  conflictGroups.sort((a, b) => Math.min(...a.map((k) => position.get(k)!)) - Math.min(...b.map((k) => position.get(k)!)));
  const conflicts: Conflict[] = conflictGroups.map((reps, i) => {
    const ordered = [...reps].sort((a, b) => position.get(a)! - position.get(b)!);
    ordered.forEach((k) => (k.conflict = i));
    return { agency: ordered[0].agency, year: ordered[0].record.year, reports: ordered.map((k) => k.id), differing: differing(ordered.map((k) => k.record)) };
  });
  const duplicateOf = new Map(dropped.map((d) => [d.index, d.of.id]));
  return { kept, duplicateOf, conflicts };
}
