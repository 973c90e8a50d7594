/**
 * Parse stage of the dataset build: a corpus file → its record. A file too large to be a
 * report, unreadable, rejected by the parser or making it throw becomes an error outcome; the
 * batch goes on. The full report JSON is handed to `io.stage` (the build script writes it to a
 * staging folder, so memory holds records, not reports). One implementation for every runner:
 * `parseCorpus` runs files in order in this thread, the build script's `runParsePool` in worker
 * threads, the app's import worker in a Web Worker.
 */
import { maxInputBytes } from '../report/parseReport';
import type { MetaOverride, ParseOptions, ParseOutcome } from '../report/parseReport';
import type { Report } from '../report/types';
import { calcReportRecord } from './calcReportRecord';
import { findOversizedText } from './findOversizedText';
import type { CorpusEntry } from './corpusEntry';
import type { Gazetteer } from './region/gazetteer';
import type { ParsedFile } from './reportRecord';
import type { Sha256Hex } from './sha256';

export type { ParsedFile } from './reportRecord';
export type ParseFn = (bytes: Uint8Array, opts: ParseOptions) => Promise<ParseOutcome>;

export interface ParseCorpusIO {
  /** The bytes of a corpus file. */
  read: (file: string) => Promise<Uint8Array>;
  /** The parser (`parseReport`); it is handed the file's hash, computed once here. */
  parse: ParseFn;
  sha256: Sha256Hex;
  /** Keeps the full report (the build writes it to a staging folder); default: dropped. */
  stage?: (index: number, report: Report) => Promise<void>;
  /** A file's overrides from the corpus folder's meta.csv, if any. */
  metaOf?: (file: string) => MetaOverride | undefined;
  gazetteer: Gazetteer;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export async function parseFile(entry: CorpusEntry, index: number, io: ParseCorpusIO): Promise<ParsedFile> {
  const { file, format, size } = entry;
  const limit = maxInputBytes(format);
  if (size > limit)
    return { file, digest: `size:${size}`, ok: false, error: `file too large (${mb(size)}; ${format ? `a ${format} report` : 'a file'} is at most ${mb(limit)})` };
  let bytes: Uint8Array;
  try {
    bytes = await io.read(file);
  } catch (err) {
    return { file, digest: `size:${size}`, ok: false, error: `cannot read: ${message(err)}` };
  }
  let hex: string;
  try {
    hex = await io.sha256(bytes);
  } catch (err) {
    return { file, digest: `size:${size}`, ok: false, error: `cannot read: ${message(err)}` };
  }
  const digest = `sha256:${hex}`;
  const meta = io.metaOf?.(file);
  const sha256 = () => hex;
  let result: ParseOutcome;
  try {
    const named = format ?? undefined;
    result = await io.parse(bytes, meta ? { file, format: named, meta, sha256 } : { file, format: named, sha256 });
  } catch (err) {
    return { file, digest, ok: false, error: `parser crashed: ${message(err)}` };
  }
  if (!result.ok) return { file, digest, ok: false, error: result.error };
  const { report } = result;
  if (!isSafeFileName(report.id)) return { file, digest, ok: false, error: `report id "${report.id.slice(0, 80)}" cannot be a file name` };
  const oversized = findOversizedText(report);
  if (oversized) return { file, digest, ok: false, error: `text field too long: ${oversized}` };
  const record = calcReportRecord(report, index, file, io.gazetteer, Boolean(meta?.region));
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
