/** Temporary corpora for the hostile-input tests: the seed reports plus files the test generates (never committed). */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SEEDS = 'data/reports/seeds';
export const JIYUAN = '000_33cbb0de23e7a3a9.txt'; // 济源示范区公安局 2021

export function createTempRoot(prefix: string): { root: string; corpus: (files?: Record<string, string | Uint8Array>, seeds?: string[]) => string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), prefix));
  let n = 0;
  return {
    root,
    corpus(files = {}, seeds = readdirSync(SEEDS)) {
      const dir = join(root, `corpus-${n++}`);
      mkdirSync(dir, { recursive: true });
      for (const s of seeds) copyFileSync(join(SEEDS, s), join(dir, s));
      for (const [name, content] of Object.entries(files)) {
        mkdirSync(join(dir, name, '..'), { recursive: true });
        writeFileSync(join(dir, name), content);
      }
      return dir;
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Every file under a folder → its bytes (base64), by relative path. */
export function snapshotFolder(dir: string, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(join(dir, prefix)).sort()) {
    const rel = prefix ? `${prefix}/${e}` : e;
    if (statSync(join(dir, rel)).isDirectory()) for (const [k, v] of snapshotFolder(dir, rel)) out.set(k, v);
    else out.set(rel, readFileSync(join(dir, rel)).toString('base64'));
  }
  return out;
}
