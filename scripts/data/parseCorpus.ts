/**
 * Parse stage of the dataset build: every corpus file through the parser. A file that cannot be
 * read (or makes the parser throw) becomes an error outcome; the batch goes on. Two files giving
 * the same report id keep the first (in file order) and make the second an error naming it.
 */
import type { MetaOverride, ParseOptions, ParseOutcome } from '../../src/lib/report/parseReport';
import type { Report } from '../../src/lib/report/types';
import type { CorpusFile } from './readCorpus';

export type ParseFn = (bytes: Uint8Array, opts: ParseOptions) => Promise<ParseOutcome>;

export type ParsedFile = { file: string; ok: true; report: Report } | { file: string; ok: false; error: string };

/** `metaOf` gives a file's overrides (from the corpus folder's meta.csv), if any. */
export async function parseCorpus(
  files: readonly CorpusFile[],
  parse: ParseFn,
  metaOf: (file: string) => MetaOverride | undefined = () => undefined,
): Promise<ParsedFile[]> {
  const out: ParsedFile[] = [];
  const firstFileOfId = new Map<string, string>();
  for (const { file, format, bytes } of files) {
    let parsed: ParsedFile;
    try {
      const meta = metaOf(file);
      const result = await parse(bytes, meta ? { file, format, meta } : { file, format });
      parsed = result.ok ? { file, ok: true, report: result.report } : { file, ok: false, error: result.error };
    } catch (err) {
      parsed = { file, ok: false, error: `parser crashed: ${err instanceof Error ? err.message : String(err)}` };
    }
    if (parsed.ok && !isSafeFileName(parsed.report.id)) {
      parsed = { file, ok: false, error: `report id "${parsed.report.id}" cannot be a file name` };
    }
    if (parsed.ok) {
      const first = firstFileOfId.get(parsed.report.id);
      if (first !== undefined) parsed = { file, ok: false, error: `same report id "${parsed.report.id}" as ${first}` };
      else firstFileOfId.set(parsed.report.id, file);
    }
    out.push(parsed);
  }
  return out;
}

/** The id names `reports/<id>.json`: no separators, no leading dot, no control characters. */
function isSafeFileName(id: string): boolean {
  return id.length > 0 && id.length <= 200 && !id.startsWith('.') && !/[\/\\\u0000-\u001f]/.test(id);
}
