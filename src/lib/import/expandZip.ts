/**
 * Dropped files → the files to parse: a `.zip` becomes its entries (paths as in the archive),
 * anything else stays as it is. Every entry has an outcome: a folder entry is no input, but a
 * hidden file, an entry whose path climbs out of the archive (`..`, `/…`), a second entry of the
 * same name, a zip inside the zip or an entry too large to be a report is kept with an `error`
 * saying why it is not read. A zip that cannot be read is kept as a file of its own.
 *
 * Zip bombs: entries are inflated as a stream, a small piece of the archive at a time, counting
 * the bytes actually produced (a zip can declare any size): an entry stops at the largest input
 * its format can be, the archive at MAX_UNZIPPED_BYTES, long before memory runs out.
 */
import { Unzip, UnzipInflate, UnzipPassThrough, type UnzipFile } from 'fflate';
import { formatOf, isHiddenPath } from '../dataset/corpusEntry';
import { maxInputBytes } from '../report/parseReport';

export interface InputFile {
  /** Path relative to what was dropped: `name.txt`, `folder/name.txt`, `archive.zip/inner/name.txt`. */
  file: string;
  bytes: Uint8Array;
  /** Why this file cannot be a report before parsing (unreadable zip …). */
  error?: string;
}

export const isZip = (file: string) => /\.zip$/i.test(file);

/** At most this much unpacked from one archive: a zip bomb stops here, with an outcome. */
export const MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024;

export interface ZipLimits {
  /** Largest entry, by its path (default: the largest input of its format). */
  entry?: (name: string) => number;
  /** Most bytes unpacked from the archive in all. */
  total?: number;
}

/** Pieces of the archive fed to the inflater: what one piece unpacks to is bounded by deflate's ratio (~1032:1). */
const PIECE = 16 * 1024;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const empty = () => new Uint8Array();

function unsafePath(name: string): boolean {
  return name.startsWith('/') || name.startsWith('\\') || /^[a-zA-Z]:/.test(name) || name.split(/[\\/]/).some((p) => p === '..');
}

export function expandZip(file: string, bytes: Uint8Array, limits: ZipLimits = {}): InputFile[] {
  const entryMax = limits.entry ?? ((name: string) => maxInputBytes(formatOf(name)));
  const totalMax = limits.total ?? MAX_UNZIPPED_BYTES;
  const out: InputFile[] = [];
  const seen = new Set<string>();
  const hidden = new Set<string>();
  let total = 0;
  let stopped = false;
  const refuse = (name: string, error: string) => out.push({ file: `${file}/${name}`, bytes: empty(), error });

  const onEntry = (entry: UnzipFile) => {
    const { name } = entry;
    if (name.endsWith('/')) return; // a folder: its files are entries of their own
    if (stopped) return refuse(name, `not unpacked: the archive unpacks to more than ${mb(totalMax)}`);
    if (unsafePath(name)) return refuse(name, 'skipped: the path leaves the archive (.. or an absolute path)');
    if (isHiddenPath(name)) {
      // One line per hidden folder or file (a zip from a Mac has a __MACOSX/ twin of every file).
      const parts = name.split('/');
      const top = parts.slice(0, parts.findIndex((p) => p.startsWith('.') || p === '__MACOSX') + 1).join('/');
      if (!hidden.has(top)) refuse(top, top === name ? 'skipped: hidden file' : 'skipped: hidden folder');
      hidden.add(top);
      return;
    }
    if (seen.has(name)) return refuse(name, 'skipped: a second entry of the same name in the archive');
    seen.add(name);
    if (isZip(name)) return refuse(name, 'a zip inside a zip is not read');
    const max = entryMax(name);
    if ((entry.originalSize ?? 0) > max) return refuse(name, `file too large (declares ${mb(entry.originalSize!)}; at most ${mb(max)})`);
    const chunks: Uint8Array[] = [];
    let size = 0;
    let done = false;
    entry.ondata = (err, chunk, final) => {
      if (done) return;
      if (err) {
        done = true;
        return refuse(name, `cannot unpack: ${err.message}`);
      }
      size += chunk.length;
      total += chunk.length;
      if (size > max || total > totalMax) {
        done = true;
        entry.terminate();
        if (total > totalMax) stopped = true;
        return refuse(name, size > max ? `file too large (unpacks to more than ${mb(max)})` : `not unpacked: the archive unpacks to more than ${mb(totalMax)}`);
      }
      chunks.push(chunk);
      if (final) {
        done = true;
        const data = new Uint8Array(size);
        let at = 0;
        for (const c of chunks) data.set(c, (at += c.length) - c.length);
        out.push({ file: `${file}/${name}`, bytes: data });
      }
    };
    entry.start();
  };

  try {
    const unzip = new Unzip(onEntry);
    unzip.register(UnzipInflate);
    unzip.register(UnzipPassThrough);
    for (let at = 0; at < bytes.length; at += PIECE) unzip.push(bytes.subarray(at, at + PIECE), at + PIECE >= bytes.length);
    if (bytes.length === 0) unzip.push(bytes, true);
  } catch (err) {
    return [{ file, bytes: empty(), error: `cannot read the zip: ${err instanceof Error ? err.message : String(err)}` }];
  }
  if (!out.length && !seen.size) return [{ file, bytes: empty(), error: 'cannot read the zip: no entries found (not a zip archive, or an empty one)' }];
  return out;
}
