/**
 * What the user gave → a flat list of files with paths: dropped folders walked through their
 * FileSystemEntry (all of a directory reader's batches), a folder picked with webkitdirectory by
 * `webkitRelativePath`, plain files by name. Hidden files are skipped; order is code-point
 * order of the paths, as in the build.
 */
import { compareCodePoints, isHiddenPath } from '../dataset/corpusEntry';
import type { DroppedFile } from './importProtocol';

/** Taken from a drop event while it lasts: entries (null where the browser gives none) and files. */
export interface DroppedItems {
  entries: (FileSystemEntry | null)[];
  files: File[];
}

const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

async function readDir(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (!batch.length) return all;
    all.push(...batch);
  }
}

async function walk(entry: FileSystemEntry, path: string, out: DroppedFile[]): Promise<void> {
  if (entry.isFile) out.push({ file: path, blob: await fileOf(entry as FileSystemFileEntry) });
  else if (entry.isDirectory) for (const child of await readDir(entry as FileSystemDirectoryEntry)) await walk(child, `${path}/${child.name}`, out);
}

export async function collectDropped(items: DroppedItems): Promise<DroppedFile[]> {
  const out: DroppedFile[] = [];
  const hasEntries = items.entries.length > 0 && items.entries.every((e) => e !== null);
  if (hasEntries) for (const e of items.entries) await walk(e!, e!.name, out);
  else for (const f of items.files) out.push({ file: f.name, blob: f });
  return sortFiles(out);
}

/** Files from an `<input type=file>` (a folder picker gives `webkitRelativePath`). */
export function collectPicked(files: FileList | File[]): DroppedFile[] {
  return sortFiles([...files].map((f) => ({ file: f.webkitRelativePath || f.name, blob: f })));
}

function sortFiles(files: DroppedFile[]): DroppedFile[] {
  return files.filter((f) => !isHiddenPath(f.file)).sort((a, b) => compareCodePoints(a.file, b.file));
}
