/**
 * IndexedDB of the user's own reports, shared by the import worker (writes) and the app (reads):
 *   inputs — one entry per imported file: its parse outcome and full report, to rebuild from;
 *   files  — the built dataset, path → text, the same files `build:data` writes (no CSVs);
 *   state  — one `ImportState` under key `state`;
 *   originals — the bytes of each imported PDF, by its SHA-256, so the source panel can draw its pages.
 * Nothing here leaves the browser. `localStorage[IMPORT_FLAG]` says a dataset is stored, so a
 * visitor who never imported does not load this code at all.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ParsedFile } from '../dataset/reportRecord';
import type { Report } from '../report/types';

export { IMPORT_FLAG } from './importFlag';
const DB_NAME = 'gov-reports-import';

export type ImportMode = 'join' | 'replace';

export interface StoredInput {
  /** Path of the file as imported (a folder's relative path, a zip entry's path). */
  file: string;
  parsed: ParsedFile;
  /** The full report of a readable file (region filled in), null for an error. */
  report: Report | null;
}

export interface ImportState {
  mode: ImportMode;
  /** Final ids of kept reports that come from the user's files. */
  ownReports: string[];
  /** The user's files, as the build report names them. */
  ownFiles: string[];
  /** Reports of the bundled dataset in the dataset (join mode). */
  bundledReports: number;
}

interface ImportDb extends DBSchema {
  inputs: { key: string; value: StoredInput };
  files: { key: string; value: string };
  state: { key: string; value: ImportState };
  originals: { key: string; value: Uint8Array };
}

/** An imported file's bytes, kept for its report (by `source.sha256`). */
export interface Original {
  sha256: string;
  bytes: Uint8Array;
}

let db: Promise<IDBPDatabase<ImportDb>> | null = null;

export function openImportDb(): Promise<IDBPDatabase<ImportDb>> {
  db ??= openDB<ImportDb>(DB_NAME, 2, {
    upgrade(d, oldVersion) {
      if (oldVersion < 1) {
        d.createObjectStore('inputs');
        d.createObjectStore('files');
        d.createObjectStore('state');
      }
      if (oldVersion < 2) d.createObjectStore('originals');
    },
  });
  return db;
}

export async function readInputs(): Promise<StoredInput[]> {
  return (await openImportDb()).getAll('inputs');
}

export async function readState(): Promise<ImportState | null> {
  return (await (await openImportDb()).get('state', 'state')) ?? null;
}

export async function readFileText(path: string): Promise<string | null> {
  return (await (await openImportDb()).get('files', path)) ?? null;
}

export async function readOriginal(sha256: string): Promise<Uint8Array | null> {
  return (await (await openImportDb()).get('originals', sha256)) ?? null;
}

/**
 * Replaces the stored inputs, dataset files and state in one transaction; adds `originals` and
 * drops those no stored report comes from any more.
 */
export async function writeImport(
  inputs: readonly StoredInput[],
  files: Iterable<{ path: string; text: string }>,
  state: ImportState,
  originals: readonly Original[] = [],
): Promise<void> {
  const d = await openImportDb();
  const tx = d.transaction(['inputs', 'files', 'state', 'originals'], 'readwrite');
  const kept = new Set(inputs.flatMap((i) => (i.report ? [i.report.source.sha256] : [])));
  const originalStore = tx.objectStore('originals');
  for (const key of await originalStore.getAllKeys()) if (!kept.has(key)) await originalStore.delete(key);
  for (const o of originals) if (kept.has(o.sha256)) await originalStore.put(o.bytes, o.sha256);
  const inputStore = tx.objectStore('inputs');
  const fileStore = tx.objectStore('files');
  const puts: Promise<unknown>[] = [inputStore.clear(), fileStore.clear()];
  for (const input of inputs) puts.push(inputStore.put(input, input.file));
  for (const f of files) puts.push(fileStore.put(f.text, f.path));
  puts.push(tx.objectStore('state').put(state, 'state'));
  await Promise.all([...puts, tx.done]);
}

export async function clearImport(): Promise<void> {
  const d = await openImportDb();
  const tx = d.transaction(['inputs', 'files', 'state', 'originals'], 'readwrite');
  await Promise.all([tx.objectStore('inputs').clear(), tx.objectStore('files').clear(), tx.objectStore('state').clear(), tx.objectStore('originals').clear(), tx.done]);
}
