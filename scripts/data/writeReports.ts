/**
 * Producer of `public/data/reports/<id>.json`: the staged full reports (written by the parse
 * workers as `<index>.json`) moved to their final id. A report whose id changed (a conflict's
 * `-2`) is rewritten with the new id; dropped duplicates and leftovers are removed with the
 * staging folder. The folder is emptied first so a report removed from the corpus does not linger.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { KeptReport } from '../../src/lib/dataset/calcKeptReports';
import { formatJson } from '../../src/lib/dataset/formatJson';

export const stagingDir = (outDir: string) => join(outDir, '.staging');

export async function prepareStaging(outDir: string): Promise<string> {
  const dir = stagingDir(outDir);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  return dir;
}

export async function writeReports(outDir: string, kept: readonly KeptReport[]): Promise<void> {
  const dir = join(outDir, 'reports');
  const staging = stagingDir(outDir);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const move = async (k: KeptReport) => {
    const from = join(staging, `${k.record.index}.json`);
    const to = join(dir, `${k.id}.json`);
    if (k.id === k.record.id) await rename(from, to);
    else await writeFile(to, formatJson({ ...JSON.parse(await readFile(from, 'utf8')), id: k.id }));
  };
  // 64 at a time: the file system works on several while this thread waits (100,000 files at scale).
  for (let i = 0; i < kept.length; i += 64) await Promise.all(kept.slice(i, i + 64).map(move));
  await rm(staging, { recursive: true, force: true });
}
