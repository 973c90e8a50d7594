/**
 * CPU time, in seconds, of the Chromium this process launched (Linux: /proc), in the processes
 * descended from this one (the browser, its zygotes and renderers; another program's Chromium is
 * not counted): `worker`, the threads named `DedicatedWorker…` (the import worker's own thread),
 * and `all`, every thread (with V8's garbage-collection helpers, the page's main thread, the
 * browser process: an upper bound on what an import costs). The difference between two
 * readings is what was computed meanwhile, however loaded the machine — the wall time of a busy
 * machine counts the time other work held the cores. 10 ms resolution (the kernel's clock
 * ticks). Null where /proc cannot tell (not Linux).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on Linux

function children(pid: number): number[] {
  const out: number[] = [];
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tasks) {
    try {
      for (const c of readFileSync(`/proc/${pid}/task/${tid}/children`, 'latin1').split(' ')) if (c.trim()) out.push(Number(c));
    } catch {
      // the thread ended meanwhile
    }
  }
  return out;
}

/** utime + stime of a thread, in ticks, from its stat line (fields 14 and 15; the name, field 2, may hold spaces and is in parentheses). */
function threadTicks(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

export function workerThreadCpu(): { worker: number; all: number } | null {
  if (!existsSync(`/proc/${process.pid}/task`)) return null;
  let ticks = 0;
  let all = 0;
  const queue = children(process.pid);
  const seen = new Set<number>();
  while (queue.length) {
    const pid = queue.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    queue.push(...children(pid));
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      try {
        const t = threadTicks(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'latin1'));
        all += t;
        if (readFileSync(`/proc/${pid}/task/${tid}/comm`, 'latin1').startsWith('DedicatedWorker')) ticks += t;
      } catch {
        // the thread ended meanwhile
      }
    }
  }
  return { worker: ticks / TICKS_PER_SECOND, all: all / TICKS_PER_SECOND };
}
