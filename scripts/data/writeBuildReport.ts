/** Producer of `public/data/build-report.json`. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildReport } from '../../src/lib/data/types';
import { formatJson } from '../../src/lib/dataset/formatJson';

export async function writeBuildReport(outDir: string, buildReport: BuildReport): Promise<void> {
  await writeFile(join(outDir, 'build-report.json'), formatJson(buildReport));
}
