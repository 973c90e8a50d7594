/**
 * Dropped files → the files to parse: a `.zip` becomes its entries (paths as in the archive,
 * folders and hidden files skipped), anything else stays as it is. A zip that cannot be read,
 * or one inside another, is kept as a file of its own so its outcome can say why.
 */
import { unzipSync } from 'fflate';
import { isHiddenPath } from '../dataset/corpusEntry';

export interface InputFile {
  /** Path relative to what was dropped: `name.txt`, `folder/name.txt`, `archive.zip/inner/name.txt`. */
  file: string;
  bytes: Uint8Array;
  /** Why this file cannot be a report before parsing (unreadable zip …). */
  error?: string;
}

export const isZip = (file: string) => /\.zip$/i.test(file);

/** At most this much unpacked from one archive: a zip bomb stops here, with an outcome. */
export const MAX_UNZIPPED_BYTES = 2 * 1024 * 1024 * 1024;

export function expandZip(file: string, bytes: Uint8Array): InputFile[] {
  let total = 0;
  let tooBig = false;
  try {
    const entries = unzipSync(bytes, {
      filter: (f) => {
        if (f.name.endsWith('/') || isHiddenPath(f.name)) return false;
        total += f.originalSize;
        if (total > MAX_UNZIPPED_BYTES) tooBig = true;
        return !tooBig;
      },
    });
    if (tooBig) return [{ file, bytes: new Uint8Array(), error: 'zip too large to unpack (over 2 GB)' }];
    return Object.entries(entries).map(([name, data]) =>
      isZip(name) ? { file: `${file}/${name}`, bytes: new Uint8Array(), error: 'a zip inside a zip is not read' } : { file: `${file}/${name}`, bytes: data },
    );
  } catch (err) {
    return [{ file, bytes: new Uint8Array(), error: `cannot read the zip: ${err instanceof Error ? err.message : String(err)}` }];
  }
}
