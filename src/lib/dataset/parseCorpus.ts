/**
 * Parse stage of the dataset build: a corpus file → its record. A file too large to be a
 * report, unreadable, rejected by the parser or making it throw becomes an error outcome; the
 * batch goes on. The full report JSON is handed to `io.stage` (written to a staging folder),
 * so memory holds records, not reports. `parseCorpus` runs files in order in this thread;
 * `runParsePool` runs the same `parseFile` in worker threads.
 */
import { createHash } from 'node:crypto';
import { maxInputBytes } from '../../src/lib/report/parseReport';
import type { MetaOverride, ParseOptions, ParseOutcome } from '../../src/lib/report/parseReport';
import type { Report } from '../../src/lib/report/types';
import { calcReportRecord } from './calcReportRecord';
import type { CorpusEntry } from './listCorpus';
import type { Gazetteer } from './region/gazetteer';
import { loadGazetteer } from './region/gazetteer';
import type { ParsedFile } from './reportRecord';

export type { ParsedFile } from './reportRecord';
export type ParseFn = (bytes: Uint8Array, opts: ParseOptions) => Promise<ParseOutcome>;

export interface ParseCorpusIO {
  /** The bytes of a corpus file. */
  read: (file: string) => Promise<Uint8Array>;
  parse: ParseFn;
  /** Keeps the full report (the build writes it to a staging folder); default: dropped. */
  stage?: (index: number, report: Report) => Promise<void>;
  /** A file's overrides from the corpus folder's meta.csv, if any. */
  metaOf?: (file: string) => MetaOverride | undefined;
  gazetteer?: Gazetteer;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export async function parseFile(entry: CorpusEntry, index: number, io: ParseCorpusIO): Promise<ParsedFile> {
  const { file, format, size } = entry;
  const limit = maxInputBytes(format);
  if (size > limit)
    return { file, digest: `size:${size}`, ok: false, error: `file too large (${mb(size)}; a ${format} report is at most ${mb(limit)})` };
  let bytes: Uint8Array;
  try {
    bytes = await io.read(file);
  } catch (err) {
    return { file, digest: `size:${size}`, ok: false, error: `cannot read: ${message(err)}` };
  }
  const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  const meta = io.metaOf?.(file);
  let result: ParseOutcome;
  try {
    result = await io.parse(bytes, meta ? { file, format, meta } : { file, format });
  } catch (err) {
    return { file, digest, ok: false, error: `parser crashed: ${message(err)}` };
  }
  if (!result.ok) return { file, digest, ok: false, error: result.error };
  const { report } = result;
  if (!isSafeFileName(report.id)) return { file, digest, ok: false, error: `report id "${report.id}" cannot be a file name` };
  const record = calcReportRecord(report, index, file, io.gazetteer ?? loadGazetteer(), Boolean(meta?.region));
  await io.stage?.(index, report);
  return { file, digest, ok: true, record };
}

export async function parseCorpus(entries: readonly CorpusEntry[], io: ParseCorpusIO): Promise<ParsedFile[]> {
  const out: ParsedFile[] = [];
  for (let i = 0; i < entries.length; i++) out.push(await parseFile(entries[i], i, io));
  return out;
}

/** The id names `reports/<id>.json`: no separators, no leading dot, no control characters. */
function isSafeFileName(id: string): boolean {
  return id.length > 0 && id.length <= 200 && !id.startsWith('.') && !/[/\\\u0000-\u001f]/.test(id);
}
