/**
 * The PDF part of `npm run bench:app`'s browser import: the project's PDF fixtures (the seeds
 * printed by Chromium, the seeds' .docx printed by LibreOffice Writer) and, when ../shared is
 * beside the project, the real WPS exports there, imported through the dashboard's import panel
 * in replace mode. Each set is imported once to warm up (the PDF reader's chunk loaded, the
 * worker's JIT warm), then three times as enough copies (renamed) to make ~30 files; the parse
 * phase is timed from the worker's `parsing` message to its last `file` message, as the page
 * receives them. Prints pages and reports per second of the parse phase (the best of the three
 * runs, and their median) beside the floor (100 pages/s), and the whole import's time. Wall time
 * on a shared machine: the load average is printed too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { readPdf } from '../../src/lib/report/pdf/readPdf';
import { useNodePdfAssets } from '../lib/nodePdfAssets';

const here = (rel: string) => fileURLToPath(new URL(rel, import.meta.url));
const SETS: [label: string, dirs: string[]][] = [
  ['the five seeds printed by Chromium', [here('../../test/fixtures/seeds/')]],
  ['the seeds printed by LibreOffice Writer (three page set-ups)', ['writer-pdf', 'a5-uming-pdf', 'landscape-zenhei-pdf'].map((d) => here(`../../test/fixtures/libreoffice/${d}/`))],
  ['three real WPS exports (../shared)', [here('../../../shared/corpus/pdf/')]],
];
const FILES_PER_RUN = 30;

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
        if (m && typeof m === 'object') window.workerEvents.push({ t: performance.now(), type: m.type, stage: m.stage, error: m.error });
      });
    }
  };
})()`;

interface Run {
  parseMs: number;
  totalMs: number;
  errors: number;
}

async function importOnce(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<Run> {
  await page.evaluate('window.workerEvents.length = 0');
  const t0 = Date.now();
  await page.setInputFiles('[data-testid="import-files"]', files);
  await page.waitForFunction('window.workerEvents.some((e) => e.type === "done" || e.type === "failed")', null, { timeout: 600_000 });
  const totalMs = Date.now() - t0;
  const events = (await page.evaluate('window.workerEvents')) as { t: number; type: string; stage?: string; error?: string }[];
  if (events.some((e) => e.type === 'failed')) throw new Error('the import failed');
  const start = events.find((e) => e.type === 'stage' && e.stage === 'parsing')!.t;
  const fileEvents = events.filter((e) => e.type === 'file');
  return { parseMs: fileEvents[fileEvents.length - 1].t - start, totalMs, errors: fileEvents.filter((e) => e.error).length };
}

/** `page`: the dashboard with the import panel open, `WATCH_WORKER` run before the worker started. Returns the lines to print. */
export async function benchPdfImport(page: Page): Promise<string[]> {
  useNodePdfAssets();
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
    for (let r = 0; r < 3; r++) runs.push(await importOnce(page, asFiles(copies)));
    runs.sort((a, b) => a.parseMs - b.parseMs);
    const [best, median] = runs;
    const reports = set.length * copies;
    const pages = set.reduce((n, f) => n + f.pages, 0) * copies;
    const s = best.parseMs / 1000;
    lines.push(
      `  ${label}: ${reports - best.errors}/${reports} read, ${(pages / reports).toFixed(1)} pages each: parse ${((s * 1000) / reports).toFixed(0)} ms a report → ${(reports / s).toFixed(1)} reports/s, ${(pages / s).toFixed(0)} pages/s (median run ${(pages / (median.parseMs / 1000)).toFixed(0)})   floor 100 pages/s (20 five-page reports/s); whole import ${(best.totalMs / 1000).toFixed(1)} s`,
    );
  }
  lines.push(`  (wall time in one browser worker; machine load average ${loadavg()[0].toFixed(1)})`);
  return lines;
}
