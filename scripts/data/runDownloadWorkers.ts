/**
 * The long table's two downloads (`csv/figures.csv.gz`, `parquet/figures.parquet`) written by
 * two worker threads while this thread writes the other files: at 100,000 reports they are
 * 20 million rows each, the build's largest writes after the parse. Each worker gets the
 * values through one SharedArrayBuffer. Resolves with each writer's time in ms once both are done.
 */
import { Worker } from 'node:worker_threads';
import type { AgencyEntry } from '../../src/lib/data/types';
import type { KeptReport } from '../../src/lib/dataset/calcKeptReports';
import type { DownloadJob } from './downloadWorker';
import { packKeptReports } from './packKeptReports';

function startWorker(job: DownloadJob): Promise<number> {
  const url = new URL('./downloadWorker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`;
  const worker = new Worker(boot, { eval: true, workerData: job });
  return new Promise((resolve, reject) => {
    let ms = -1;
    worker.on('message', (m: { ms: number }) => (ms = m.ms));
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 && ms >= 0 ? resolve(ms) : reject(new Error(`the ${job.kind} download worker stopped (exit code ${code})`))));
  });
}

export async function runDownloadWorkers(outDir: string, kept: readonly KeptReport[], agencies: ReadonlyMap<string, AgencyEntry>): Promise<{ csv: number; parquet: number }> {
  const packed = packKeptReports(kept, agencies);
  const [csv, parquet] = await Promise.all([startWorker({ kind: 'csv', outDir, packed }), startWorker({ kind: 'parquet', outDir, packed })]);
  return { csv, parquet };
}
