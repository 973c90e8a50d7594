/** Producer of `public/data/parquet/figures.parquet`: the long table, one row group of 500 reports at a time. */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileWriter } from 'hyparquet-writer';
import type { AgencyEntry } from '../../src/lib/data/types';
import type { FigureReport } from '../../src/lib/dataset/csv/calcFigureIndexes';
import { writeFiguresParquet as writeParquet } from '../../src/lib/dataset/parquet/writeFiguresParquet';

export async function writeFiguresParquet(outDir: string, kept: readonly FigureReport[], agencies: ReadonlyMap<string, AgencyEntry>): Promise<void> {
  await mkdir(join(outDir, 'parquet'), { recursive: true });
  await writeParquet(fileWriter(join(outDir, 'parquet', 'figures.parquet')), kept, agencies);
}
