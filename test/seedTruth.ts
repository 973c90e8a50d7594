/** Reads the seed reports and their truth from ../shared (never copied into the project beyond data/reports). */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SHARED = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));

export interface Seed {
  name: string;
  bytes: Uint8Array;
  truth: Record<string, unknown>;
}

export function loadSeeds(): Seed[] {
  return readdirSync(`${SHARED}seeds`)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({
      name,
      bytes: readFileSync(`${SHARED}seeds/${name}`),
      truth: JSON.parse(readFileSync(`${SHARED}seeds-truth/${name.replace(/\.txt$/, '.json')}`, 'utf8')),
    }));
}
