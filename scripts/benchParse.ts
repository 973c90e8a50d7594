/**
 * `npm run bench:parse [-- --reports N] [--rounds N]`: parser throughput over a synthetic
 * corpus (default 5,000 reports in every layout and option mix), on one core, then Word and
 * PDF throughput over the seeds' fixtures (default 10 rounds; `scripts/bench/benchFormats.ts`).
 * Prints reports/second, MB/second and pages/second; asserts nothing (speed is measured, not asserted).
 */
import { parseReport } from '../src/lib/report/parseReport';
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
  const t1 = performance.now();
  for (const f of files) if ((await parseReport(f.bytes, { file: f.name, sha256: nodeSha256 })).ok) ok++;
  const ms = performance.now() - t1;

  const mb = totalBytes / 1024 / 1024;
  console.log(`synthetic corpus: ${count} reports, ${mb.toFixed(1)} MB (generated in ${(genMs / 1000).toFixed(1)} s; not timed)`);
  console.log(`parsed ${ok}/${count} in ${(ms / 1000).toFixed(2)} s on one core`);
  console.log(`throughput: ${Math.round((count / ms) * 1000)} reports/s, ${((mb / ms) * 1000).toFixed(1)} MB/s`);
  console.log(`floor: 1000 reports/s`);
  console.log('');
  for (const line of await benchFormats(arg('rounds', 10))) console.log(line);
}

main();
