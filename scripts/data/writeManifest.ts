/** Producer of `public/data/core.json`, `agencies.json`, `shards/<n>.json`, `manifest.json` and `report-details.json` (compact JSON). */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Manifest, ReportDetail } from '../../src/lib/data/types';
import { calcManifestTexts } from '../../src/lib/dataset/calcManifestTexts';

export async function writeManifest(outDir: string, manifest: Manifest, details: readonly ReportDetail[]): Promise<void> {
  await rm(join(outDir, 'shards'), { recursive: true, force: true });
  await mkdir(join(outDir, 'shards'), { recursive: true });
  for (const { path, text } of calcManifestTexts(manifest, details)) await writeFile(join(outDir, path), text);
}
