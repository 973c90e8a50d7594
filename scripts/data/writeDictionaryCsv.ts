/** Producer of `public/data/csv/dictionary.csv`: what each column of the per-area CSVs holds. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { calcDictionaryCsvText } from '../../src/lib/dataset/calcCsvTexts';

export async function writeDictionaryCsv(outDir: string): Promise<void> {
  const { path, text } = calcDictionaryCsvText();
  await mkdir(join(outDir, 'csv'), { recursive: true });
  await writeFile(join(outDir, path), text);
}
