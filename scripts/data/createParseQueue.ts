/**
 * The parse pool's queue. Light files go out in batches to any worker; heavy files (past
 * `heavyBytes`: a text of a million lines, a large PDF or Word file) one at a time, and only to
 * the heavy lane (worker 0), so that at most one heavy working set (hundreds of MB for a 16 MB
 * text) is alive at once and peak memory does not grow with the number of workers times the
 * file size. Each task keeps its index, so results do not depend on scheduling.
 */
import type { CorpusEntry } from '../../src/lib/dataset/corpusEntry';
import type { WorkerTask } from './parseWorker';

/** Files larger than this are parsed one at a time, in one worker. */
export const HEAVY_BYTES = 4 * 1024 * 1024;

export interface ParseQueue {
  /** Workers worth starting for this corpus, at most `workers`. */
  workers: number;
  /** The next tasks for worker `lane` (0 is the heavy lane); empty when it has nothing left to do. */
  take: (lane: number) => WorkerTask[];
}

export function createParseQueue(entries: readonly CorpusEntry[], opts: { workers: number; batch: number; heavyBytes?: number }): ParseQueue {
  const limit = opts.heavyBytes ?? HEAVY_BYTES;
  const heavy: WorkerTask[] = [];
  const light: WorkerTask[] = [];
  entries.forEach((entry, index) => (entry.size > limit ? heavy : light).push({ index, entry }));
  const workers = Math.max(1, Math.min(opts.workers, (heavy.length ? 1 : 0) + Math.ceil(light.length / opts.batch)));
  let h = 0;
  let l = 0;
  return {
    workers,
    take: (lane) => {
      if (lane === 0 && h < heavy.length) return [heavy[h++]];
      const tasks = light.slice(l, l + opts.batch);
      l += tasks.length;
      return tasks;
    },
  };
}
