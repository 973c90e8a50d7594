/** Reads the seed reports and their truth from ../shared (never copied into the project beyond data/reports). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getPath } from '../src/lib/report/schema';
import type { Report } from '../src/lib/report/types';

export const SHARED = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));

const told = new Set<string>();

/**
 * Whether ../shared/corpus/<folder> is beside the project. A fresh clone has no ../shared: the tests
 * that read it are skipped, with one line naming the missing folder; CI has it and runs them.
 */
export function hasShared(folder: string): boolean {
  if (existsSync(`${SHARED}${folder}`)) return true;
  if (!told.has(folder)) {
    told.add(folder);
    console.log(`skipped: ../shared/corpus/${folder} not found (a fresh clone has no ../shared; CI runs these tests)`);
  }
  return false;
}

export interface Seed {
  name: string;
  bytes: Uint8Array;
  truth: Record<string, unknown>;
}

export function loadSeeds(): Seed[] {
  if (!hasShared('seeds')) return [];
  return readdirSync(`${SHARED}seeds`)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({
      name,
      bytes: readFileSync(`${SHARED}seeds/${name}`),
      truth: JSON.parse(readFileSync(`${SHARED}seeds-truth/${name.replace(/\.txt$/, '.json')}`, 'utf8')),
    }));
}

export interface TruthScore {
  right: number;
  total: number;
  /** A value where the truth has another (a blank read as 0 is one); a value not reached (null) is not. */
  wrong: string[];
}

/** A report against its truth: tables, metadata and narrative (channels aside; `_` keys are notes). */
export function scoreTruth(report: Report, truth: Record<string, unknown>): TruthScore {
  const score: TruthScore = { right: 0, total: 0, wrong: [] };
  for (const [path, want] of Object.entries(truth)) {
    if (path.startsWith('_') || path === 'channels') continue;
    score.total++;
    const got = getPath(report, path);
    if (JSON.stringify(got) === JSON.stringify(want)) score.right++;
    else if (got !== null && got !== undefined) score.wrong.push(`${path}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  }
  return score;
}
