/** The one-screen summary `build:data` prints: counts, then at most 10 lines per kind of problem. */
import type { BuildReport } from '../../src/lib/data/types';
import { escapeTerminal } from '../lib/escapeTerminal';

const MAX = 10;

function section(title: string, lines: string[]): string[] {
  if (!lines.length) return [];
  const more = lines.length > MAX ? [`    … and ${lines.length - MAX} more (build-report.json)`] : [];
  return [`  ${title} (${lines.length}):`, ...lines.slice(0, MAX).map((l) => `    ${escapeTerminal(l)}`), ...more];
}

export function formatBuildSummary(br: BuildReport, corpus: string, out: string): string {
  const c = br.counts;
  const f = br.files;
  return [
    `build:data: ${c.files} files in ${escapeTerminal(corpus)} → ${escapeTerminal(out)} [${br.inputsSha256.slice(0, 19)}]`,
    `  reports ${c.parsed + c.failedChecks + c.conflicts} (${c.failedChecks + f.filter((x) => x.outcome === 'conflict' && x.failedChecks.length).length} with failed checks), agencies ${c.agencies}, duplicates ${c.duplicates}, conflicting ${c.conflicts}, errors ${c.errors}, cross-year mismatches ${c.crossYearMismatches}`,
    ...section('meta.csv', br.metaCsv?.errors ?? []),
    ...section('errors', f.flatMap((x) => (x.outcome === 'error' ? [`${x.file}: ${x.reason}`] : []))),
    ...section('not read', f.flatMap((x) => (x.outcome === 'skipped' ? [`${x.file}: ${x.reason}`] : []))),
    ...section('duplicates', f.flatMap((x) => (x.outcome === 'duplicate' ? [`${x.file} = ${x.of}`] : []))),
    ...section('tables are images (cells blank)', f.flatMap((x) => ('tablesAsImages' in x ? [x.file] : []))),
    ...section('conflicts', f.flatMap((x) => (x.outcome === 'conflict' ? [`${x.file} → ${x.id} (conflict ${x.conflict})`] : []))),
    ...section('agency joins', br.joins.map((j) => `${j.name} ← ${j.joined.map((x) => `${x.name} (${x.rule})`).join(', ')}`)),
    ...section('failed checks', f.flatMap((x) => (x.outcome === 'failedChecks' ? [`${x.file}: ${x.failedChecks.join(', ')}`] : []))),
  ].join('\n');
}
