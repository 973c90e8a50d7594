/**
 * npm run bench:app (second part; after `npm run build`): the browser import of 1,000
 * synthetic reports (src/lib/report/synthetic) in headless Chromium, through the import panel's
 * file picker in "replace" mode. Prints the total time (file picked → dataset stored and shown),
 * the main thread's responsiveness meanwhile (longest task, longest gap between frames, time
 * in long tasks) and the import code's sizes; then the PDF fixtures' import speed, pages and
 * reports per second (`bench/benchPdfImport.ts`; `--pdf-only` skips the synthetic import). Never
 * asserted in tests; floors printed beside.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview } from 'vite';
import { launchChromium } from '../test/browser/launchChromium';
import { benchPdfImport, WATCH_WORKER } from './bench/benchPdfImport';
import { createRandomReportValues, LAYOUTS, renderReport } from '../src/lib/report/synthetic';

const COUNT = Number(process.argv.find((a) => a.startsWith('--import-size='))?.split('=')[1] ?? 1000);
const PORT = 4191;
const PDF_ONLY = process.argv.includes('--pdf-only');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function syntheticFiles(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const values = createRandomReportValues(10_000 + i);
    const text = renderReport(values, LAYOUTS[i % LAYOUTS.length]);
    return { name: `r${String(i).padStart(4, '0')}.txt`, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') };
  });
}

function chunkSize(prefix: string): number {
  const file = readdirSync('dist/assets').find((f) => f.startsWith(prefix) && f.endsWith('.js'));
  return file ? gzipSync(readFileSync(join('dist/assets', file))).length : NaN;
}

async function main() {
  const files = syntheticFiles(COUNT);
  const bytes = files.reduce((n, f) => n + f.buffer.length, 0);
  const server = await preview({ configFile: false, logLevel: 'warn', base: '/', build: { outDir: 'dist' }, preview: { host: '127.0.0.1', port: PORT, strictPort: true } });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(WATCH_WORKER);
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.locator('[data-testid="chart"]').waitFor();
    await page.getByTestId('import-open').click();
    if (PDF_ONLY) {
      for (const line of await benchPdfImport(page)) console.log(line);
      return;
    }
    await page.getByTestId('import-mode-replace').check();
    // Main-thread watch: long tasks (≥ 50 ms) and the gaps between animation frames.
    // A string, not a function: tsx would wrap named functions in a helper the page lacks.
    // Main-thread watch, from the moment the app gets the files (the input's change event): long
    // tasks (≥ 50 ms) and the gaps between animation frames. Before that event the browser itself
    // is building the FileList that setInputFiles hands it — a long task that is not the app's.
    // A string, not a function: tsx would wrap named functions in a helper the page lacks.
    await page.evaluate(`(() => {
      const w = window;
      w.bench = { tasks: [], before: [], maxGap: 0, last: 0, on: false, changeAt: 0 };
      document.addEventListener('change', () => {
        w.bench.changeAt = performance.now();
        w.bench.last = w.bench.changeAt;
        w.bench.on = true;
        requestAnimationFrame(frame);
      }, true);
      new PerformanceObserver((list) => list.getEntries().forEach((e) => {
        // The change event is dispatched at the end of the task in which the browser builds the
        // FileList: only the part of a task after the event is the app's.
        const end = e.startTime + e.duration;
        if (!w.bench.changeAt || end <= w.bench.changeAt) w.bench.before.push(e.duration);
        else if (e.startTime < w.bench.changeAt) {
          w.bench.before.push(w.bench.changeAt - e.startTime);
          w.bench.tasks.push(end - w.bench.changeAt);
        } else w.bench.tasks.push(e.duration);
      })).observe({ type: 'longtask' });
      const frame = (t) => {
        w.bench.maxGap = Math.max(w.bench.maxGap, t - w.bench.last);
        w.bench.last = t;
        if (w.bench.on) requestAnimationFrame(frame);
      };
    })()`);
    const t0 = Date.now();
    await page.setInputFiles('[data-testid="import-files"]', files);
    await page.getByTestId('import-summary').waitFor({ timeout: 300_000 });
    await page.getByTestId('own-banner').waitFor({ timeout: 300_000 });
    const total = Date.now() - t0;
    const watch = await page.evaluate(() => {
      const w = window as unknown as { bench: { tasks: number[]; before: number[]; maxGap: number; on: boolean } };
      w.bench.on = false;
      return {
        longest: Math.max(0, ...w.bench.tasks),
        count: w.bench.tasks.length,
        sum: w.bench.tasks.reduce((a, b) => a + b, 0),
        maxGap: w.bench.maxGap,
        before: Math.max(0, ...w.bench.before),
      };
    });
    const summary = await page.getByTestId('import-summary').textContent();
    console.log(`\nimport of ${COUNT} synthetic reports (${kb(bytes)} of text) in the browser, replace mode`);
    console.log(`  total time (picked → stored and shown) ${`${(total / 1000).toFixed(1)} s`.padStart(8)}   floor 10 s`);
    console.log(`  longest main-thread task during it     ${`${watch.longest.toFixed(0)} ms`.padStart(8)}   floor 200 ms`);
    console.log(`  longest gap between frames             ${`${watch.maxGap.toFixed(0)} ms`.padStart(8)}   floor 250 ms`);
    console.log(`  long tasks (≥ 50 ms) it ran into       ${String(watch.count).padStart(8)}   (${watch.sum.toFixed(0)} ms in all)`);
    console.log(`  (before the app got the files: the browser building the FileList, ${watch.before.toFixed(0)} ms — not the app's)`);
    console.log(`  import panel chunk                     ${kb(chunkSize('ImportPanel-')).padStart(8)} gzip (loaded when import opens)`);
    console.log(`  import worker (parser, build stages, gazetteer) ${kb(chunkSize('importWorker-'))} gzip (loaded on the first import)`);
    console.log(`  ${summary?.trim()}`);
    for (const line of await benchPdfImport(page)) console.log(line);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(`bench:import: ${err instanceof Error ? err.stack : String(err)}`);
  process.exit(1);
});
