/**
 * npm run bench:build [-- --sizes 2000,20000,100000] [--dir DIR]
 *
 * Generates synthetic corpora (gen:corpus, every report marked synthetic; not timed; kept in
 * DIR, default the OS temp folder, and reused when already there), builds each in a fresh
 * process and prints wall time, stage times, peak memory (the build's worker threads
 * included), output and download sizes and the gzip size of what one chart view loads
 * (manifest + the largest metric file). Then prints each figure beside its target (issue 16:
 * 100,000 reports ≤ 2 min on 2 cores, peak memory ≤ 4 GB, 10× reports ≤ 11× time, chart view
 * ≤ 300 KB gzip at 100,000) and the older floors (20,000 reports < 60 s, chart view < 1 MB gzip
 * at 20,000). The machine's load average is printed too: times on a shared machine are not
 * times on an idle one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureOutput } from './bench/measureOutput';

const YEARS = 7;
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const sizes = (arg('sizes') ?? '2000,20000,100000').split(',').map(Number);
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
  console.log(`\n== ${r.counts.files} synthetic reports, ${r.counts.agencies} agencies (${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')})`);
  console.log(`wall time     ${(wallMs / 1000).toFixed(1)} s (process incl. startup; build ${(r.ms / 1000).toFixed(1)} s)`);
  console.log(`stages        ${Object.entries(r.timings).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')}`);
  console.log(`peak memory   ${mb(r.maxRssBytes)} (one process; parse workers are its threads)`);
  console.log(`output        ${mb(s.total)}: ${Object.entries(s.byPart).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${mb(v)}`).join(', ')}`);
  console.log(`downloads     ${s.downloads.map((d) => `${d.path} ${mb(d.bytes)}`).join(', ')}`);
  console.log(`chart view    ${kb(s.chartViewGzip)} gzip: the default line chart, core.json ${kb(s.coreGzip)} + top.json + the shards of its lines (${s.chartViewFiles} files)`);
  console.log(`every report  ${kb(s.everyReportGzip)} gzip: a ranked or filtered chart, core.json + manifest.json ${kb(s.manifestGzip)} + ${s.largestMetric.file} ${kb(s.largestMetric.gzip)}`);
  return { reports: r.counts.files, wallMs, maxRssBytes: r.maxRssBytes, chartViewGzip: s.chartViewGzip };
}

async function main() {
  const runs: Run[] = [];
  for (const n of sizes) runs.push(await benchOne(n));
  const near = (n: number) => runs.find((r) => Math.abs(r.reports - n) / n < 0.01);
  const line = (ok: boolean, text: string) => console.log(`${ok ? 'ok  ' : 'FAIL'}  ${text}`);
  console.log('\n== targets (issue 16)');
  const huge = near(100000);
  if (huge) {
    line(huge.wallMs <= 120000, `100,000 reports in ${(huge.wallMs / 1000).toFixed(1)} s (target ≤ 120 s on 2 cores)`);
    line(huge.chartViewGzip <= 300 * 1024, `chart view at 100,000 ${kb(huge.chartViewGzip)} gzip (target ≤ 300 KB)`);
  }
  for (const big of runs)
    for (const small of runs) {
      const x = big.reports / small.reports;
      if (x < 4.5) continue;
      const t = big.wallMs / small.wallMs;
      line(t <= 1.1 * x, `time ${big.reports}/${small.reports} reports = ${t.toFixed(1)}× for ${x.toFixed(1)}× reports (target ≤ ${(1.1 * x).toFixed(1)}×, i.e. 10× reports ≤ 11× time)`);
    }
  const peak = Math.max(...runs.map((r) => r.maxRssBytes));
  line(peak <= 4 * 1024 ** 3, `peak memory ${mb(peak)} (target ≤ 4 GB)`);
  console.log('\n== floors');
  const big = near(20000);
  if (big) {
    line(big.wallMs < 60000, `20,000 reports in ${(big.wallMs / 1000).toFixed(1)} s (< 60 s)`);
    line(big.chartViewGzip < 1024 * 1024, `chart view ${kb(big.chartViewGzip)} gzip (< 1 MB)`);
  }
  line(peak < 2 * 1024 ** 3, `peak memory ${mb(peak)} (< 2 GB)`);
}

main().catch((err: unknown) => {
  console.error(`bench:build: ${err instanceof Error ? err.stack : String(err)}`);
  process.exit(1);
});
