/**
 * Parse stage of the dataset build: every corpus file through the parser, one at a time, so
 * memory holds one file's bytes, not the corpus. A file too large to be a report, unreadable,
 * rejected by the parser or making it throw becomes an error outcome; the batch goes on. Two
 * files giving the same report id keep the first (in file order); the second is an error naming it.
 */
import { createHash } from 'node:crypto';
import { MAX_REPORT_BYTES } from '../../src/lib/report/decodeBytes';
import type { MetaOverride, ParseOptions, ParseOutcome } from '../../src/lib/report/parseReport';
import type { Report } from '../../src/lib/report/types';
import type { CorpusEntry } from './listCorpus';

export type ParseFn = (bytes: Uint8Array, opts: ParseOptions) => Promise<ParseOutcome>;

export interface ParseCorpusIO {
  /** The bytes of a corpus file. */
  read: (file: string) => Promise<Uint8Array>;
  parse: ParseFn;
  /** A file's overrides from the corpus folder's meta.csv, if any. */
  metaOf?: (file: string) => MetaOverride | undefined;
}

export type ParsedFile = {
  file: string;
  /** What the inputs hash sees of the file: `sha256:<hex>` of its bytes, or `size:<n>` if not read. */
  digest: string;
} & ({ ok: true; report: Report } | { ok: false; error: string });

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export async function parseCorpus(entries: readonly CorpusEntry[], io: ParseCorpusIO): Promise<ParsedFile[]> {
  const out: ParsedFile[] = [];
  const firstFileOfId = new Map<string, string>();
  for (const { file, format, size } of entries) {
    if (size > MAX_REPORT_BYTES) {
      out.push({ file, digest: `size:${size}`, ok: false, error: `file too large (${mb(size)}; a report is at most ${mb(MAX_REPORT_BYTES)})` });
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await io.read(file);
    } catch (err) {
      out.push({ file, digest: `size:${size}`, ok: false, error: `cannot read: ${err instanceof Error ? err.message : String(err)}` });
      continue;
    }
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    out.push({ file, digest, ...(await parseOne(bytes, file, format, io, firstFileOfId)) });
  }
  return out;
}

async function parseOne(
  bytes: Uint8Array,
  file: string,
  format: CorpusEntry['format'],
  io: ParseCorpusIO,
  firstFileOfId: Map<string, string>,
): Promise<{ ok: true; report: Report } | { ok: false; error: string }> {
  let result: ParseOutcome;
  try {
    const meta = io.metaOf?.(file);
    result = await io.parse(bytes, meta ? { file, format, meta } : { file, format });
  } catch (err) {
    return { ok: false, error: `parser crashed: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (!result.ok) return { ok: false, error: result.error };
  const { id } = result.report;
  if (!isSafeFileName(id)) return { ok: false, error: `report id "${id}" cannot be a file name` };
  const first = firstFileOfId.get(id);
  if (first !== undefined) return { ok: false, error: `same report id "${id}" as ${first}` };
  firstFileOfId.set(id, file);
  return { ok: true, report: result.report };
}

/** The id names `reports/<id>.json`: no separators, no leading dot, no control characters. */
function isSafeFileName(id: string): boolean {
  return id.length > 0 && id.length <= 200 && !id.startsWith('.') && !/[/\\\u0000-\u001f]/.test(id);
}
