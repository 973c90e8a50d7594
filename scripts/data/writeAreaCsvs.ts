/** Producer of `public/data/csv/<group>.csv`, one per chart area. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { METRIC_GROUPS, type AgencyEntry } from '../../src/lib/data/types';
import type { KeptReport } from './calcKeptReports';
import { calcAreaHeader, calcAreaRows } from './csv/calcAreaRows';
import { CSV_BOM, formatCsvRows } from './csv/formatCsvRows';

export async function writeAreaCsvs(outDir: string, kept: readonly KeptReport[], agencies: ReadonlyMap<string, AgencyEntry>): Promise<void> {
  await mkdir(join(outDir, 'csv'), { recursive: true });
  for (const group of METRIC_GROUPS) {
    await writeFile(join(outDir, 'csv', `${group}.csv`), CSV_BOM + formatCsvRows([calcAreaHeader(group), ...calcAreaRows(group, kept, agencies)]));
  }
}
