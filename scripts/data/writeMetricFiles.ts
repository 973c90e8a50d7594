/** Producer of `public/data/<group>/<key>.json` and `<group>/index.json` (compact JSON). */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { METRIC_GROUPS, type Manifest } from '../../src/lib/data/types';
import type { KeptReport } from '../../src/lib/dataset/calcKeptReports';
import { calcMetricTexts } from '../../src/lib/dataset/calcMetricTexts';

export async function writeMetricFiles(outDir: string, manifest: Manifest, kept: readonly KeptReport[]): Promise<void> {
  for (const group of METRIC_GROUPS) {
    const dir = join(outDir, group);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    for (const { path, text } of calcMetricTexts(manifest, kept, [group])) await writeFile(join(outDir, path), text);
  }
}
