/**
 * The parse stage on every core: worker threads take batches of files from one queue (so a
 * slow batch does not hold the others up) and send back records; results are put back in
 * file order, so the output does not depend on scheduling.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { MetaOverride } from '../../src/lib/report/parseReport';
import type { CorpusEntry } from '../../src/lib/dataset/corpusEntry';
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
  const batch = opts.batch ?? 32;
  const count = Math.max(1, Math.min(opts.workers ?? availableParallelism(), Math.ceil(entries.length / batch)));
  const setup: WorkerSetup = { corpus: opts.corpus, staging: opts.staging, meta: [...opts.meta] };
  let next = 0;
  const take = (): WorkerTask[] => {
    const tasks: WorkerTask[] = [];
    for (; next < entries.length && tasks.length < batch; next++) tasks.push({ index: next, entry: entries[next] });
    return tasks;
  };
  await Promise.all(
    Array.from({ length: count }, () => {
      const worker = startWorker(setup);
      return new Promise<void>((resolve, reject) => {
        let sent: WorkerTask[] = [];
        const send = () => {
          sent = take();
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
