/** Issue 13, finding 5: heavy files are parsed one at a time, in the heavy lane; every file is taken once. */
import { describe, expect, it } from 'vitest';
import type { CorpusEntry } from '../../src/lib/dataset/corpusEntry';
import { createParseQueue } from './createParseQueue';

const MB = 1024 * 1024;
const entry = (file: string, size: number): CorpusEntry => ({ file, format: 'txt', size });

/** Drains the queue with workers taking turns, as the pool's message loop would; lane → indices it was given. */
function drain(q: ReturnType<typeof createParseQueue>): number[][] {
  const got: number[][] = Array.from({ length: q.workers }, () => []);
  const open = new Set(got.keys());
  while (open.size)
    for (const lane of [...open]) {
      const tasks = q.take(lane);
      if (!tasks.length) open.delete(lane);
      else got[lane].push(...tasks.map((t) => t.index));
    }
  return got;
}

describe('createParseQueue', () => {
  it('heavy files go only to lane 0, one per take; light ones in batches to any lane; each file once', () => {
    const entries = [entry('a', 16 * MB), entry('b', 10_000), entry('c', 16 * MB), entry('d', 20_000), entry('e', 5 * MB), entry('f', 30_000)];
    const q = createParseQueue(entries, { workers: 2, batch: 2, heavyBytes: 4 * MB });
    expect(q.workers).toBe(2);
    const first = q.take(0);
    expect(first.map((t) => t.index)).toEqual([0]);
    expect(q.take(1).map((t) => t.index)).toEqual([1, 3]);
    const rest = drain(q);
    const all = [0, 1, 3, ...rest.flat()].sort();
    expect(all).toEqual([0, 1, 2, 3, 4, 5]);
    expect(rest[1].filter((i) => entries[i].size > 4 * MB)).toEqual([]);
  });

  it('four 16 MB files and two workers: one worker is enough, they go one at a time', () => {
    const q = createParseQueue([0, 1, 2, 3].map((i) => entry(`lines-${i}.txt`, 16 * MB)), { workers: 2, batch: 32 });
    expect(q.workers).toBe(1);
    expect([q.take(0), q.take(0), q.take(0), q.take(0), q.take(0)].map((t) => t.map((x) => x.index))).toEqual([[0], [1], [2], [3], []]);
  });

  it('light files only: batches of `batch`, as many workers as batches', () => {
    const entries = Array.from({ length: 70 }, (_, i) => entry(`r${i}.txt`, 50_000));
    const q = createParseQueue(entries, { workers: 4, batch: 32 });
    expect(q.workers).toBe(3);
    expect(drain(q).map((l) => l.length)).toEqual([32, 32, 6]);
  });

  it('an empty corpus needs one worker and gives no tasks', () => {
    const q = createParseQueue([], { workers: 2, batch: 32 });
    expect(q.take(0)).toEqual([]);
  });
});
