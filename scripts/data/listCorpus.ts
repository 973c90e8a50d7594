/** First stage of the dataset build: which files of a corpus folder are reports, in a stable order. */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { compareCodePoints, formatOf, isReportCandidate, type CorpusEntry } from '../../src/lib/dataset/corpusEntry';

export interface SkippedEntry {
  file: string;
  reason: string;
}

function kindOf(e: Dirent): string {
  if (e.isSymbolicLink()) return 'a symbolic link (links are not followed)';
  if (e.isFIFO()) return 'a FIFO (named pipe), not a file';
  if (e.isSocket()) return 'a socket, not a file';
  if (e.isBlockDevice() || e.isCharacterDevice()) return 'a device, not a file';
  return 'not a regular file';
}

/**
 * Every report file under `dir` (`.txt/.md/.html/.htm/.pdf/.json/.docx`, and the formats people
 * try that are not read — `.doc`, `.wps`, `.ofd`, images … — so that each gets an outcome),
 * subfolders included, hidden ones skipped, sorted. Everything else under `dir` is pushed to
 * `skipped` with why (one line per hidden file or folder, symbolic links, FIFOs, files with no
 * or another extension), so that every input has an outcome; `meta.csv` is read on its own.
 */
export async function listCorpus(dir: string, skipped: SkippedEntry[] = []): Promise<CorpusEntry[]> {
  const root = dir.replace(/[\\/]+$/, '');
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const rel = (e: Dirent) => join(e.parentPath, e.name).slice(root.length + 1).split(sep).join('/');
  const hidden = new Set<string>();
  const files: string[] = [];
  for (const e of entries) {
    const file = rel(e);
    const parts = file.split('/');
    const h = parts.findIndex((p) => p.startsWith('.'));
    if (h >= 0) {
      const top = parts.slice(0, h + 1).join('/');
      if (!hidden.has(top)) skipped.push({ file: top, reason: top === file && !e.isDirectory() ? 'hidden file' : 'hidden folder' });
      hidden.add(top);
    } else if (e.isDirectory() || file === 'meta.csv') continue;
    else if (!e.isFile()) skipped.push({ file, reason: kindOf(e) });
    else if (isReportCandidate(file)) files.push(file);
    else skipped.push({ file, reason: /\.[^./]+$/.test(parts[parts.length - 1]) ? 'not a report format (.txt, .md, .html, .pdf, .docx or .json)' : 'no file extension (rename it to .txt, .html … to read it)' });
  }
  files.sort(compareCodePoints);
  skipped.sort((a, b) => compareCodePoints(a.file, b.file));
  return Promise.all(files.map(async (file) => ({ file, format: formatOf(file), size: (await stat(join(root, file))).size })));
}
