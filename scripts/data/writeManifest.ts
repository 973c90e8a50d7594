/** Producer of `public/data/manifest.json` (compact: the app loads it on every view). */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Manifest } from '../../src/lib/data/types';
import { formatCompactJson } from '../../src/lib/dataset/formatJson';

export async function writeManifest(outDir: string, manifest: Manifest): Promise<void> {
  await writeFile(join(outDir, 'manifest.json'), formatCompactJson(manifest));
}
