/**
 * The stored imported dataset as the app's data source (IndexedDB, nothing fetched), or null
 * when nothing is stored. Loaded at start-up only when the import flag is set. A stored dataset
 * this version of the site cannot read (written by an earlier version, whose dataset format
 * differs, or damaged) is built again from the stored inputs — every imported file's parse is
 * kept — in the import worker, as a mode switch would; only if that fails is the error shown.
 */
import type { DataSource } from '../data/dataCache';
import type { OwnData } from '../data/ownData';
import { readCore } from '../data/readCore';
import { readManifest } from '../data/readManifest';
import type { CoreManifest, Manifest } from '../data/types';
import { IMPORT_FLAG } from './importFlag';
import { readFileText, readState } from './importStore';

export interface ImportedData {
  core: CoreManifest;
  source: DataSource;
  own: OwnData;
}

export const importedSource: DataSource = async (path) => {
  const text = await readFileText(path);
  if (text === null) throw new Error(`导入的数据中没有 ${path}`);
  return JSON.parse(text);
};

export async function openImported(): Promise<ImportedData | null> {
  let state = await readState().catch(() => null);
  if (!state) {
    localStorage.removeItem(IMPORT_FLAG);
    return null;
  }
  let manifest: Manifest;
  let core: CoreManifest;
  try {
    [core, manifest] = await Promise.all([readCore(importedSource), readManifest(importedSource)]);
  } catch (error) {
    const { ImportSession } = await import('./importSession.svelte');
    const session = new ImportSession();
    const rebuilt = await session.rebuild(state.mode);
    session.dispose();
    if (!rebuilt) throw error;
    state = (await readState()) ?? state;
    [core, manifest] = await Promise.all([readCore(importedSource), readManifest(importedSource)]);
  }
  const reports = new Set(state.ownReports);
  const agencies = new Set(manifest.reports.filter((r) => reports.has(r.id)).map((r) => r.agency));
  return {
    core,
    source: importedSource,
    own: { mode: state.mode, reports, files: new Set(state.ownFiles), agencies, bundledReports: state.bundledReports },
  };
}
