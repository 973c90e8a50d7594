/** Read stage of the dataset build: the report files of a corpus folder, in a stable order. */
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { SourceFormat } from '../../src/lib/report/types';

export interface CorpusFile {
  /** Path relative to the corpus folder, with `/` separators. */
  file: string;
  format: SourceFormat;
  bytes: Uint8Array;
}

const FORMATS: Record<string, SourceFormat> = { txt: 'txt', md: 'md', html: 'html', htm: 'html' };

/** The source format a file name implies, or null for files the build does not read. */
export function formatOf(file: string): SourceFormat | null {
  const ext = /\.([^./]+)$/.exec(file)?.[1]?.toLowerCase();
  return ext ? (FORMATS[ext] ?? null) : null;
}

/** Code-point order, independent of the machine's locale. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every `.txt/.md/.html/.htm` file under `dir` (subfolders included, hidden ones skipped), sorted. */
export async function readCorpus(dir: string): Promise<CorpusFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.replace(/[\\/]+$/, '').length + 1).split(sep).join('/'))
    .filter((file) => !file.split('/').some((part) => part.startsWith('.')) && formatOf(file))
    .sort(compareCodePoints);
  return Promise.all(
    files.map(async (file) => ({ file, format: formatOf(file)!, bytes: new Uint8Array(await readFile(join(dir, file))) })),
  );
}
