/** First stage of the dataset build: which files of a corpus folder are reports, in a stable order. */
import { readdir, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { compareCodePoints, formatOf, isReportCandidate, type CorpusEntry } from '../../src/lib/dataset/corpusEntry';

/**
 * Every report file under `dir` (`.txt/.md/.html/.htm/.pdf/.json/.docx`, and the formats people
 * try that are not read — `.doc`, `.wps`, `.ofd`, images … — so that each gets an outcome),
 * subfolders included, hidden ones skipped, sorted.
 */
export async function listCorpus(dir: string): Promise<CorpusEntry[]> {
  const root = dir.replace(/[\\/]+$/, '');
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1).split(sep).join('/'))
    .filter((file) => !file.split('/').some((part) => part.startsWith('.')) && isReportCandidate(file))
    .sort(compareCodePoints);
  return Promise.all(files.map(async (file) => ({ file, format: formatOf(file), size: (await stat(join(root, file))).size })));
}
