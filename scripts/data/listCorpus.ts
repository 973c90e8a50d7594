/** First stage of the dataset build: which files of a corpus folder are reports, in a stable order. */
import { readdir, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { SourceFormat } from '../../src/lib/report/types';

export interface CorpusEntry {
  /** Path relative to the corpus folder, with `/` separators. */
  file: string;
  format: SourceFormat;
  size: number;
}

const FORMATS: Record<string, SourceFormat> = { txt: 'txt', md: 'md', html: 'html', htm: 'html', json: 'json' };

/** The source format a file name implies, or null for files the build does not read. */
export function formatOf(file: string): SourceFormat | null {
  const ext = /\.([^./]+)$/.exec(file)?.[1]?.toLowerCase();
  return ext ? (FORMATS[ext] ?? null) : null;
}

/** Code-point order, independent of the machine's locale. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every `.txt/.md/.html/.htm/.json` file under `dir` (subfolders included, hidden ones skipped), sorted. */
export async function listCorpus(dir: string): Promise<CorpusEntry[]> {
  const root = dir.replace(/[\\/]+$/, '');
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1).split(sep).join('/'))
    .filter((file) => !file.split('/').some((part) => part.startsWith('.')) && formatOf(file))
    .sort(compareCodePoints);
  return Promise.all(files.map(async (file) => ({ file, format: formatOf(file)!, size: (await stat(join(root, file))).size })));
}
