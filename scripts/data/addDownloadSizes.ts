/** The manifest's file list with the size of each download (csv, parquet) as written, for the Method view. */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatasetFile } from '../../src/lib/data/types';

export async function addDownloadSizes(outDir: string, files: readonly DatasetFile[]): Promise<DatasetFile[]> {
  return Promise.all(files.map(async (f) => (f.kind === 'csv' || f.kind === 'parquet' ? { ...f, bytes: (await stat(join(outDir, f.path))).size } : f)));
}
