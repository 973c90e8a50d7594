/** Producer of `public/data/manifest.json` and `report-details.json` (compact: the app loads the manifest on every view). */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Manifest, ReportDetail } from '../../src/lib/data/types';
import { calcManifestTexts } from '../../src/lib/dataset/calcManifestTexts';

export async function writeManifest(outDir: string, manifest: Manifest, details: readonly ReportDetail[]): Promise<void> {
  for (const { path, text } of calcManifestTexts(manifest, details)) await writeFile(join(outDir, path), text);
}
