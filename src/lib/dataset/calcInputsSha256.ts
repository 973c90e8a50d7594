/** The content hash of a build's inputs: same file names and contents, same hash. */
import { createHash } from 'node:crypto';
import { compareCodePoints } from './listCorpus';

/** `inputs`: each input file's corpus-relative name and digest (see `ParsedFile.digest`). */
export function calcInputsSha256(inputs: readonly { file: string; digest: string }[]): string {
  const all = createHash('sha256');
  for (const { file, digest } of [...inputs].sort((a, b) => compareCodePoints(a.file, b.file))) all.update(`${file}\0${digest}\n`);
  return `sha256:${all.digest('hex')}`;
}
