/** The content hash of a build's inputs: same file names and bytes, same hash. */
import { createHash } from 'node:crypto';
import type { CorpusFile } from './readCorpus';

export function calcInputsSha256(files: readonly Pick<CorpusFile, 'file' | 'bytes'>[]): string {
  const all = createHash('sha256');
  for (const { file, bytes } of [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    all.update(`${file}\0${createHash('sha256').update(bytes).digest('hex')}\n`);
  }
  return `sha256:${all.digest('hex')}`;
}
