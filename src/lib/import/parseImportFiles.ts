/**
 * The parse stage of an import: each file through the build's `parseFile` (the parser, the
 * hash, the record with its gazetteer region), keeping the full report. Files are parsed in
 * the order given; `onFile` hears each outcome as it comes, for the progress bar.
 */
import { formatOf, isReportCandidate } from '../dataset/corpusEntry';
import { parseFile } from '../dataset/parseCorpus';
import type { Gazetteer } from '../dataset/region/gazetteer';
import type { ParsedFile } from '../dataset/reportRecord';
import { parseReport } from '../report/parseReport';
import type { Report } from '../report/types';
import { webCryptoSha256 } from '../report/webCryptoSha256';
import type { InputFile } from './expandZip';
import type { StoredInput } from './importStore';

export async function parseImportFiles(files: readonly InputFile[], gazetteer: Gazetteer, onFile?: (input: StoredInput, done: number) => void): Promise<StoredInput[]> {
  const out: StoredInput[] = [];
  for (let i = 0; i < files.length; i++) {
    const { file, bytes, error } = files[i];
    const format = formatOf(file);
    let report: Report | null = null;
    const parsed: ParsedFile =
      error || !isReportCandidate(file)
        ? { file, digest: `size:${bytes.length}`, ok: false, error: error ?? 'not a report file (.txt, .md, .html, .pdf, .docx, .json or .zip)' }
        : await parseFile({ file, format, size: bytes.length }, i, {
            read: async () => bytes,
            parse: parseReport,
            sha256: webCryptoSha256,
            gazetteer,
            stage: async (_, r) => void (report = r),
          });
    const input = { file, parsed, report };
    out.push(input);
    onFile?.(input, i + 1);
  }
  return out;
}
