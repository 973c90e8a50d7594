/**
 * `npm run bench:parse [-- --reports N] [--rounds N] [--text-only]`: parser throughput over a
 * SYNTHETIC corpus (default 5,000 generated reports in every layout and option mix, constraint
 * solver on as always), on one core, then Word and PDF throughput over the seeds' fixtures
 * (default 10 rounds; `scripts/bench/benchFormats.ts`; skipped with --text-only).
 * Prints reports per wall second and per CPU second (the process's own CPU time, so other work on
 * a busy machine does not count against the parser) beside the 5,000/s goal and the 1,000/s floor;
 * asserts nothing (speed is measured, not asserted).
 */
import { parseReport } from '../src/lib/report/parseReport';
import { availableParallelism, loadavg } from 'node:os';
import { benchFormats } from './bench/benchFormats';
import { nodeSha256 } from './lib/nodeSha256';
import { createRandomReportValues } from '../src/lib/report/synthetic/createRandomReportValues';
import { LAYOUTS } from '../src/lib/report/synthetic/layouts';
import { renderReport } from '../src/lib/report/synthetic/renderReport';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

async function main() {
  const count = arg('reports', 5000);
  const encoder = new TextEncoder();
  const t0 = performance.now();
  const files = Array.from({ length: count }, (_, i) => {
    const values = createRandomReportValues(i + 1);
    const layout = LAYOUTS[i % LAYOUTS.length];
    const opts = { traditional: i % 7 === 0, fullWidthDigits: i % 5 === 0, thousands: i % 3 === 0, units: i % 4 === 0 };
    return { name: `synthetic-${i}.txt`, bytes: encoder.encode(renderReport(values, layout, opts)) };
  });
  const genMs = performance.now() - t0;
  const totalBytes = files.reduce((s, f) => s + f.bytes.length, 0);

  // Warm up the JIT and OpenCC's dictionaries before timing.
  for (const f of files.slice(0, 50)) await parseReport(f.bytes, { file: f.name, sha256: nodeSha256 });

  let ok = 0;
  const cpuNow = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  // CPU time per chunk too: on a shared machine the other agents' work slows some chunks, and the best chunks show the parser undisturbed.
  const CHUNK = 250;
  const chunkMs: number[] = [];
  const t1 = performance.now();
  const cpu0 = cpuNow();
  for (let s = 0; s < files.length; s += CHUNK) {
    const c0 = cpuNow();
    for (const f of files.slice(s, s + CHUNK)) if ((await parseReport(f.bytes, { file: f.name, sha256: nodeSha256 })).ok) ok++;
    chunkMs.push((cpuNow() - c0) / Math.min(CHUNK, files.length - s));
  }
  const cpuMs = cpuNow() - cpu0;
  const ms = performance.now() - t1;
  chunkMs.sort((a, b) => a - b);
  const rate = (msPerReport: number) => Math.round(1000 / msPerReport);

  const mb = totalBytes / 1024 / 1024;
  const perCpuSecond = Math.round((count / cpuMs) * 1000);
  console.log(`synthetic corpus (generated, not real reports): ${count} reports, ${mb.toFixed(1)} MB (generated in ${(genMs / 1000).toFixed(1)} s; not timed)`);
  console.log(`parsed ${ok}/${count} on one core: ${(ms / 1000).toFixed(2)} s wall, ${(cpuMs / 1000).toFixed(2)} s CPU (${((cpuMs * 1000) / count).toFixed(0)} µs CPU per report)`);
  console.log(`throughput: ${perCpuSecond} reports per CPU second (${Math.round((count / ms) * 1000)} per wall second), ${((mb / cpuMs) * 1000).toFixed(1)} MB per CPU second`);
  console.log(`per chunk of ${CHUNK}: best ${rate(chunkMs[0])}, median ${rate(chunkMs[Math.floor(chunkMs.length / 2)])} reports per CPU second`);
  console.log(`goal 5000 reports/s: ${perCpuSecond >= 5000 ? 'met' : 'not met'}; floor 1000 reports/s: ${perCpuSecond >= 1000 ? 'met' : 'NOT met'}`);
  console.log(`machine: load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores while measuring (CPU time includes the garbage collector's threads)`);
  if (process.argv.includes('--text-only')) return;
  console.log('');
  for (const line of await benchFormats(arg('rounds', 10))) console.log(line);
}

main();
