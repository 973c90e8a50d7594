/** Producer of `public/data/<group>/<key>.json` and `<group>/index.json` (compact JSON). */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { METRIC_GROUPS, type Manifest, type MetricFile } from '../../src/lib/data/types';
import type { KeptReport } from './calcKeptReports';
import { calcAreaIndex, calcMetricFile } from './calcMetricFiles';
import { formatCompactJson } from './formatJson';

export async function writeMetricFiles(outDir: string, manifest: Manifest, kept: readonly KeptReport[]): Promise<void> {
  for (const group of METRIC_GROUPS) {
    const dir = join(outDir, group);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const files = new Map<string, MetricFile>();
    for (const m of manifest.metrics.filter((x) => x.group === group)) {
      const file = calcMetricFile(kept, m.key, m.approximate === true, manifest.inputsSha256);
      files.set(m.key, file);
      await writeFile(join(outDir, m.file), formatCompactJson(file));
    }
    await writeFile(join(dir, 'index.json'), formatCompactJson(calcAreaIndex(manifest, group, files)));
  }
}
