/** One dataset build for bench:build, in its own process: prints stage timings and peak memory (all threads) as JSON. */
import { runBuild } from '../data/runBuild';

const [corpus, out] = process.argv.slice(2);
const t0 = performance.now();
const { timings, buildReport } = await runBuild({ corpus, out });
console.log(
  JSON.stringify({
    ms: Math.round(performance.now() - t0),
    timings,
    counts: buildReport.counts,
    // ru_maxrss of this process covers the worker threads too (they are threads, not processes).
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  }),
);
