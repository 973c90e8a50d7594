/**
 * The parse stage on every core: worker threads take batches of files from one queue (so a
 * slow batch does not hold the others up; heavy files one at a time in one worker, see
 * `createParseQueue`) and send back records; results are put back in file order, so the output
 * does not depend on scheduling.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { MetaOverride } from '../../src/lib/report/parseReport';
import type { CorpusEntry } from '../../src/lib/dataset/corpusEntry';
import { createParseQueue } from './createParseQueue';
import type { WorkerSetup, WorkerTask } from './parseWorker';
import type { ParsedFile } from '../../src/lib/dataset/reportRecord';

export interface PoolOptions {
  corpus: string;
  staging: string;
  meta: Map<string, MetaOverride>;
  workers?: number;
  batch?: number;
}

/** A worker running TypeScript: registers tsx in the thread, then loads the worker module. */
function startWorker(setup: WorkerSetup): Worker {
  const url = new URL('./parseWorker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`;
  return new Worker(boot, { eval: true, workerData: setup });
}

export async function runParsePool(entries: readonly CorpusEntry[], opts: PoolOptions): Promise<ParsedFile[]> {
  const results: ParsedFile[] = new Array(entries.length);
  if (entries.length === 0) return results;
  const queue = createParseQueue(entries, { workers: opts.workers ?? availableParallelism(), batch: opts.batch ?? 32 });
  const setup: WorkerSetup = { corpus: opts.corpus, staging: opts.staging, meta: [...opts.meta] };
  await Promise.all(
    Array.from({ length: queue.workers }, (_, lane) => {
      const worker = startWorker(setup);
      return new Promise<void>((resolve, reject) => {
        let sent: WorkerTask[] = [];
        const send = () => {
          sent = queue.take(lane);
          if (sent.length) worker.postMessage(sent);
          else void worker.terminate().then(() => resolve());
        };
        worker.on('message', (out: ParsedFile[]) => {
          out.forEach((r, i) => (results[sent[i].index] = r));
          send();
        });
        worker.on('error', reject);
        worker.on('online', send);
      });
    }),
  );
  return results;
}
