/** The content hash of a build's inputs: same file names and contents, same hash. */
import { compareCodePoints } from './corpusEntry';
import type { Sha256Hex } from './sha256';

/** `inputs`: each input file's corpus-relative name and digest (see `ParsedFile.digest`). */
export async function calcInputsSha256(inputs: readonly { file: string; digest: string }[], sha256: Sha256Hex): Promise<string> {
  let text = '';
  for (const { file, digest } of [...inputs].sort((a, b) => compareCodePoints(a.file, b.file))) text += `${file}\0${digest}\n`;
  return `sha256:${await sha256(new TextEncoder().encode(text))}`;
}
