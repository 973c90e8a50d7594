/** Producer of `public/data/<group>/<key>.json`, its chart slices `<group>/<key>/*.json` and `<group>/index.json` (compact JSON). */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { METRIC_GROUPS, type Manifest } from '../../src/lib/data/types';
import type { KeptReport } from '../../src/lib/dataset/calcKeptReports';
import { calcMetricTexts } from '../../src/lib/dataset/calcMetricTexts';

export async function writeMetricFiles(outDir: string, manifest: Manifest, kept: readonly KeptReport[]): Promise<void> {
  for (const group of METRIC_GROUPS) await rm(join(outDir, group), { recursive: true, force: true });
  const made = new Set<string>();
  for (const { path, text } of calcMetricTexts(manifest, kept)) {
    const file = join(outDir, path);
    const dir = dirname(file);
    if (!made.has(dir)) {
      await mkdir(dir, { recursive: true });
      made.add(dir);
    }
    await writeFile(file, text);
  }
}
