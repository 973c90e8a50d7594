/** Producer of `public/data/csv/figures.csv`: streamed in chunks of reports, so memory holds one chunk of text. */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import type { AgencyEntry } from '../../src/lib/data/types';
import { calcFiguresCsvChunks } from '../../src/lib/dataset/calcCsvTexts';
import type { KeptReport } from '../../src/lib/dataset/calcKeptReports';

export async function writeFiguresCsv(outDir: string, kept: readonly KeptReport[], agencies: ReadonlyMap<string, AgencyEntry>): Promise<void> {
  await mkdir(join(outDir, 'csv'), { recursive: true });
  const out = createWriteStream(join(outDir, 'csv', 'figures.csv'));
  for (const chunk of calcFiguresCsvChunks(kept, agencies)) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
