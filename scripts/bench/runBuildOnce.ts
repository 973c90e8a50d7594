/** One dataset build for bench:build and bench:memory (optional third argument: parse workers), in its own process: prints stage timings and peak memory (all threads) as JSON. */
import { runBuild } from '../data/runBuild';

const [corpus, out, workers] = process.argv.slice(2);
const t0 = performance.now();
const { timings, buildReport } = await runBuild({ corpus, out, ...(workers ? { workers: Number(workers) } : {}) });
console.log(
  JSON.stringify({
    ms: Math.round(performance.now() - t0),
    timings,
    counts: buildReport.counts,
    // ru_maxrss of this process covers the worker threads too (they are threads, not processes).
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  }),
);
