/**
 * npm run bench:memory [-- --workers N] [--dir DIR]
 *
 * Peak memory of build:data on inputs made to be heavy (issue 13, finding 5): four files of
 * 15.9 MB, a million short lines each (synthetic, marked so in their first line), alone and
 * spread among 105 synthetic reports (gen:corpus) so that two of them fall in different batches
 * and, without the heavy lane of the parse queue, would be parsed at the same time. Each build
 * runs in a fresh process with the parse workers (default: every core); its peak resident set
 * (ru_maxrss, which covers the worker threads) is printed beside the 1.5 GB target, with the
 * load average. No test asserts on these figures.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const workers = Number(arg('workers') ?? availableParallelism());
const dir = arg('dir') ?? join(tmpdir(), 'gov-disclosure-bench-memory');
const tsx = join('node_modules', '.bin', 'tsx');
const TARGET = 1.5 * 1024 ** 3;
const LINES = 1_000_000;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

/** A million short lines, 16–17 bytes each: 15.9 MB. */
function writeLines(file: string) {
  if (existsSync(file)) return;
  const parts = ['synthetic test data: bench:memory, a million short lines\n'];
  for (let i = 0; i < LINES; i++) parts.push(`行${String(i).padStart(7, '0')} ${i % 3 ? 'abcde' : 'abcd'}\n`);
  writeFileSync(file, parts.join(''));
}

function corpora(): { name: string; corpus: string }[] {
  const heavy = join(dir, 'lines');
  mkdirSync(heavy, { recursive: true });
  for (let i = 0; i < 4; i++) writeLines(join(heavy, `lines-${i}.txt`));
  const reports = join(dir, 'reports');
  if (!existsSync(reports) || readdirSync(reports).length !== 105)
    execFileSync(tsx, ['scripts/genCorpus.ts', '--agencies', '15', '--years', '2019-2025', '--out', reports], { stdio: 'inherit' });
  const mixed = join(dir, 'mixed');
  rmSync(mixed, { recursive: true, force: true });
  mkdirSync(mixed);
  const names = readdirSync(reports).sort();
  for (const name of names) copyFileSync(join(reports, name), join(mixed, name));
  // Named to sort among the reports at 0, 35, 70 and 104: with batches of 32 they land in four batches.
  names.filter((_, i) => i % 35 === 0).concat(names.at(-1)!).slice(0, 4).forEach((name, i) => copyFileSync(join(heavy, `lines-${i}.txt`), join(mixed, name.replace(/\.txt$/, '-lines.txt'))));
  return [
    { name: 'four 15.9 MB files of a million lines', corpus: heavy },
    { name: 'the same four among 105 synthetic reports', corpus: mixed },
  ];
}

function main() {
  console.log(`bench:memory: ${workers} parse workers, ${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  let peak = 0;
  for (const { name, corpus } of corpora()) {
    const out = join(dir, 'out');
    const t0 = performance.now();
    const stdout = execFileSync(tsx, ['scripts/bench/runBuildOnce.ts', corpus, out, String(workers)], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const r = JSON.parse(stdout.trim().split('\n').pop()!) as { counts: { files: number; parsed: number; errors: number }; maxRssBytes: number };
    peak = Math.max(peak, r.maxRssBytes);
    console.log(`${name}: ${r.counts.files} files (${r.counts.parsed} read, ${r.counts.errors} errors) in ${((performance.now() - t0) / 1000).toFixed(1)} s, peak memory ${mb(r.maxRssBytes)}`);
  }
  console.log(`${peak <= TARGET ? 'ok  ' : 'FAIL'}  peak memory ${mb(peak)} (target ≤ 1.5 GB = ${mb(TARGET)})`);
}

main();
