/**
 * Producer of `public/data/reports/<id>.json`, one full report per file. The folder is emptied
 * first so that a report removed from the corpus does not linger from an earlier build.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Report } from '../../src/lib/report/types';
import { formatJson } from './formatJson';

export async function writeReports(outDir: string, reports: readonly Report[]): Promise<void> {
  const dir = join(outDir, 'reports');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const report of reports) {
    await writeFile(join(dir, `${report.id}.json`), formatJson(report));
  }
}
