/**
 * npm run bench:build [-- --sizes 2000,20000] [--dir DIR]
 *
 * Generates synthetic corpora (gen:corpus; not timed; kept in DIR, default the OS temp folder,
 * and reused when already there), builds each in a fresh process and prints wall time, stage
 * times, peak memory (the build's worker threads included), output sizes and the gzip size of
 * what one chart view loads (manifest + the largest metric file). Then checks the floors:
 * 20,000 reports < 60 s, time(20k) ≤ 12 × time(2k), peak memory < 2 GB, chart view < 1 MB gzip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureOutput } from './bench/measureOutput';

const YEARS = 7;
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const sizes = (arg('sizes') ?? '2000,20000').split(',').map(Number);
const dir = arg('dir') ?? join(tmpdir(), 'gov-disclosure-bench');
const tsx = join('node_modules', '.bin', 'tsx');
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

interface Run {
  reports: number;
  wallMs: number;
  maxRssBytes: number;
  chartViewGzip: number;
}

function corpusFor(reports: number): string {
  const agencies = Math.ceil(reports / YEARS);
  const corpus = join(dir, `corpus-${agencies}`);
  if (!existsSync(corpus) || readdirSync(corpus).length !== agencies * YEARS)
    execFileSync(tsx, ['scripts/genCorpus.ts', '--agencies', String(agencies), '--years', `2019-${2018 + YEARS}`, '--out', corpus], { stdio: 'inherit' });
  return corpus;
}

async function benchOne(reports: number): Promise<Run> {
  const corpus = corpusFor(reports);
  const out = join(dir, `out-${reports}`);
  const t0 = performance.now();
  const stdout = execFileSync(tsx, ['scripts/bench/runBuildOnce.ts', corpus, out], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wallMs = performance.now() - t0;
  const r = JSON.parse(stdout.trim().split('\n').pop()!) as { ms: number; timings: Record<string, number>; counts: { files: number; agencies: number }; maxRssBytes: number };
  const s = await measureOutput(out);
  console.log(`\n== ${r.counts.files} synthetic reports, ${r.counts.agencies} agencies`);
  console.log(`wall time     ${(wallMs / 1000).toFixed(1)} s (process incl. startup; build ${(r.ms / 1000).toFixed(1)} s)`);
  console.log(`stages        ${Object.entries(r.timings).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')}`);
  console.log(`peak memory   ${mb(r.maxRssBytes)} (one process; parse workers are its threads)`);
  console.log(`output        ${mb(s.total)}: ${Object.entries(s.byPart).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${mb(v)}`).join(', ')}`);
  console.log(`downloads     ${s.downloads.map((d) => `${d.path} ${mb(d.bytes)}`).join(', ')}`);
  console.log(`chart view    ${kb(s.chartViewGzip)} gzip = manifest.json ${kb(s.manifestGzip)} + ${s.largestMetric.file} ${kb(s.largestMetric.gzip)}`);
  return { reports: r.counts.files, wallMs, maxRssBytes: r.maxRssBytes, chartViewGzip: s.chartViewGzip };
}

async function main() {
  const runs: Run[] = [];
  for (const n of sizes) runs.push(await benchOne(n));
  const big = runs.find((r) => r.reports >= 20000);
  const small = runs.find((r) => r.reports >= 2000 && r.reports < 20000);
  console.log('\n== floors');
  const line = (ok: boolean, text: string) => console.log(`${ok ? 'ok  ' : 'FAIL'}  ${text}`);
  if (big) {
    line(big.wallMs < 60000, `20,000 reports in ${(big.wallMs / 1000).toFixed(1)} s (< 60 s)`);
    line(big.chartViewGzip < 1024 * 1024, `chart view ${kb(big.chartViewGzip)} gzip (< 1 MB)`);
  }
  if (big && small) line(big.wallMs <= 12 * small.wallMs, `time ratio 20k/2k = ${(big.wallMs / small.wallMs).toFixed(1)} (≤ 12)`);
  const peak = Math.max(...runs.map((r) => r.maxRssBytes));
  line(peak < 2 * 1024 ** 3, `peak memory ${mb(peak)} (< 2 GB)`);
}

main().catch((err: unknown) => {
  console.error(`bench:build: ${err instanceof Error ? err.stack : String(err)}`);
  process.exit(1);
});
