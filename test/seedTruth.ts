/** Reads the seed reports and their truth from ../shared (never copied into the project beyond data/reports). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
