/** Producer of `public/data/csv/figures.csv`: streamed in chunks of reports, so memory holds one chunk of text. */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import type { AgencyEntry } from '../../src/lib/data/types';
import type { KeptReport } from './calcKeptReports';
import { calcFigureRows, FIGURES_HEADER } from './csv/calcFigureRows';
import { CSV_BOM, formatCsvRows } from './csv/formatCsvRows';

export async function writeFiguresCsv(outDir: string, kept: readonly KeptReport[], agencies: ReadonlyMap<string, AgencyEntry>): Promise<void> {
  await mkdir(join(outDir, 'csv'), { recursive: true });
  const out = createWriteStream(join(outDir, 'csv', 'figures.csv'));
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(CSV_BOM + formatCsvRows([FIGURES_HEADER]));
  for (let i = 0; i < kept.length; i += 100) {
    await write(kept.slice(i, i + 100).map((k) => calcFigureRows(k, agencies.get(k.agency)!)).join(''));
  }
  out.end();
  await once(out, 'finish');
}
