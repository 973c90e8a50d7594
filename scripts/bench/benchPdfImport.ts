/**
 * The PDF part of `npm run bench:app`'s browser import: the project's PDF fixtures (the seeds
 * printed by Chromium, the seeds' .docx printed by LibreOffice Writer) and, when ../shared is
 * beside the project, the real WPS exports there, imported through the dashboard's import panel
 * in replace mode. Each set is imported once to warm up (the PDF reader's chunk loaded, the
 * worker's JIT warm), then three times as enough copies (renamed) to make ~30 files; the parse
 * phase is timed from the worker's `parsing` message to its last `file` message, as the page
 * receives them. Prints pages and reports per second of the parse phase (the best of the three
 * runs, and their median) beside the floor (100 pages/s), and the whole import's time. Wall time
 * on a shared machine: the load average is printed too, and beside the wall figures the worker's
 * own CPU time over the parse phase (`workerThreadCpu`, read from /proc as the messages arrive):
 * pages per worker-CPU second, which the machine's load does not divide (where /proc exists).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { readPdf } from '../../src/lib/report/pdf/readPdf';
import { useNodePdfAssets } from '../lib/nodePdfAssets';
import { workerThreadCpu } from './workerThreadCpu';

const here = (rel: string) => fileURLToPath(new URL(rel, import.meta.url));
const SETS: [label: string, dirs: string[]][] = [
  ['the five seeds printed by Chromium', [here('../../test/fixtures/seeds/')]],
  ['the seeds printed by LibreOffice Writer (three page set-ups)', ['writer-pdf', 'a5-uming-pdf', 'landscape-zenhei-pdf'].map((d) => here(`../../test/fixtures/libreoffice/${d}/`))],
  ['three real WPS exports (../shared)', [here('../../../shared/corpus/pdf/')]],
];
const FILES_PER_RUN = 30;
/** Timed imports of each set (after the warm-up): the best and the median are printed. */
const RUNS = 5;

interface PdfFile {
  name: string;
  buffer: Buffer;
  pages: number;
}

async function loadSet(dirs: string[]): Promise<PdfFile[]> {
  const files: PdfFile[] = [];
  for (const dir of dirs.filter(existsSync))
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort()) {
      const buffer = readFileSync(dir + name);
      const read = await readPdf(new Uint8Array(buffer));
      files.push({ name, buffer, pages: read.ok ? read.pageCount : 0 });
    }
  return files;
}

/** Records, in the page, the import worker's messages with the time they arrive. */
export const WATCH_WORKER = `(() => {
  const Base = window.Worker;
  window.workerEvents = [];
  window.Worker = class extends Base {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => {
        const m = e.data;
        if (!m || typeof m !== 'object') return;
        const i = window.workerEvents.push({ t: performance.now(), type: m.type, stage: m.stage, error: m.error }) - 1;
        // The worker's CPU time at the parse phase's start and at each file read (benchPdfImport exposes it).
        if (window.cpuMark && (m.type === 'file' || (m.type === 'stage' && m.stage === 'parsing'))) window.cpuMark(i);
      });
    }
  };
})()`;

interface Run {
  parseMs: number;
  /** CPU seconds over the parse phase, the worker's thread and all of Chromium's; null without /proc. */
  parseCpu: { worker: number; all: number } | null;
  totalMs: number;
  errors: number;
}

/** Chromium's CPU seconds when the page got event `i` (`cpuMark`). */
const cpuAt = new Map<number, ReturnType<typeof workerThreadCpu>>();

async function importOnce(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<Run> {
  await page.evaluate('window.workerEvents.length = 0');
  cpuAt.clear();
  const t0 = Date.now();
  await page.setInputFiles('[data-testid="import-files"]', files);
  await page.waitForFunction('window.workerEvents.some((e) => e.type === "done" || e.type === "failed")', null, { timeout: 600_000 });
  const totalMs = Date.now() - t0;
  const events = (await page.evaluate('window.workerEvents')) as { t: number; type: string; stage?: string; error?: string }[];
  if (events.some((e) => e.type === 'failed')) throw new Error('the import failed');
  const startAt = events.findIndex((e) => e.type === 'stage' && e.stage === 'parsing');
  let lastFileAt = events.length - 1;
  while (lastFileAt > 0 && events[lastFileAt].type !== 'file') lastFileAt--;
  // The bindings' calls may still be on their way: wait for both readings.
  for (let k = 0; k < 100 && !(cpuAt.has(startAt) && cpuAt.has(lastFileAt)); k++) await new Promise((r) => setTimeout(r, 20));
  const [c0, c1] = [cpuAt.get(startAt), cpuAt.get(lastFileAt)];
  const parseCpu = c0 && c1 ? { worker: c1.worker - c0.worker, all: c1.all - c0.all } : null;
  const fileEvents = events.filter((e) => e.type === 'file');
  return { parseMs: events[lastFileAt].t - events[startAt].t, parseCpu, totalMs, errors: fileEvents.filter((e) => e.error).length };
}

/** `page`: the dashboard with the import panel open, `WATCH_WORKER` run before the worker started. Returns the lines to print. */
export async function benchPdfImport(page: Page): Promise<string[]> {
  useNodePdfAssets();
  await page.exposeFunction('cpuMark', (i: number) => void cpuAt.set(i, workerThreadCpu()));
  await page.getByTestId('import-mode-replace').check();
  const lines: string[] = ['', 'PDF import in the browser (parse phase: the worker reading the files, after a warm-up import of the same set)'];
  for (const [label, dirs] of SETS) {
    const set = await loadSet(dirs);
    if (!set.length) {
      lines.push(`  ${label}: no files (skipped)`);
      continue;
    }
    const asFiles = (copies: number) =>
      Array.from({ length: copies }, (_, c) => set.map((f) => ({ name: `c${c}-${f.name}`, mimeType: 'application/pdf', buffer: f.buffer }))).flat();
    await importOnce(page, asFiles(1));
    const copies = Math.max(1, Math.round(FILES_PER_RUN / set.length));
    const runs: Run[] = [];
    const load0 = loadavg()[0];
    for (let r = 0; r < RUNS; r++) runs.push(await importOnce(page, asFiles(copies)));
    const load1 = loadavg()[0];
    const byWall = [...runs].sort((a, b) => a.parseMs - b.parseMs);
    const [best, median] = [byWall[0], byWall[RUNS >> 1]];
    const reports = set.length * copies;
    const pages = set.reduce((n, f) => n + f.pages, 0) * copies;
    const s = best.parseMs / 1000;
    lines.push(
      `  ${label}: ${reports - best.errors}/${reports} read, ${(pages / reports).toFixed(1)} pages each: parse ${((s * 1000) / reports).toFixed(0)} ms a report → ${(reports / s).toFixed(1)} reports/s, ${(pages / s).toFixed(0)} pages/s (median of ${RUNS} runs ${(pages / (median.parseMs / 1000)).toFixed(0)})   floor 100 pages/s (20 five-page reports/s); whole import ${(best.totalMs / 1000).toFixed(1)} s`,
    );
    const sorted = (k: 'worker' | 'all') => runs.map((r) => r.parseCpu?.[k] ?? 0).sort((a, b) => a - b);
    const [worker, all] = [sorted('worker'), sorted('all')];
    if (worker[0] > 0)
      lines.push(
        `    CPU: the worker's thread ${((worker[0] * 1000) / reports).toFixed(0)} ms a report → ${(pages / worker[0]).toFixed(0)} pages per CPU second (median ${(pages / worker[RUNS >> 1]).toFixed(0)}); all of Chromium's threads ${((all[0] * 1000) / reports).toFixed(0)} ms → ${(pages / all[0]).toFixed(0)} (median ${(pages / all[RUNS >> 1]).toFixed(0)}); load average ${load0.toFixed(1)} → ${load1.toFixed(1)}`,
      );
  }
  lines.push(`  (wall time in one browser worker; CPU time of that worker from /proc; machine load average ${loadavg()[0].toFixed(1)})`);
  return lines;
}
