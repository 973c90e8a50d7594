/** A worker of `runDownloadWorkers`: writes one long-table download (`csv` or `parquet`) from packed kept reports. */
import { parentPort, workerData } from 'node:worker_threads';
import { unpackKeptReports, type PackedKeptReports } from './packKeptReports';
import { writeFiguresCsv } from './writeFiguresCsv';
import { writeFiguresParquet } from './writeFiguresParquet';

export interface DownloadJob {
  kind: 'csv' | 'parquet';
  outDir: string;
  packed: PackedKeptReports;
}

const job = workerData as DownloadJob;
const { kept, agencies } = unpackKeptReports(job.packed);
const t0 = performance.now();
await (job.kind === 'csv' ? writeFiguresCsv : writeFiguresParquet)(job.outDir, kept, agencies);
parentPort!.postMessage({ ms: Math.round(performance.now() - t0) });
