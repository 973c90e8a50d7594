/** Producer of `public/data/csv/<group>.csv`, one per chart area. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AgencyEntry } from '../../src/lib/data/types';
import { calcAreaCsvTexts } from '../../src/lib/dataset/calcCsvTexts';
import type { KeptReport } from '../../src/lib/dataset/calcKeptReports';

export async function writeAreaCsvs(outDir: string, kept: readonly KeptReport[], agencies: ReadonlyMap<string, AgencyEntry>): Promise<void> {
  await mkdir(join(outDir, 'csv'), { recursive: true });
  for (const { path, text } of calcAreaCsvTexts(kept, agencies)) await writeFile(join(outDir, path), text);
}
