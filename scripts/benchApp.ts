/**
 * npm run bench:app [-- --corpus-sizes 20000,100000] [--skip-large] [--chunks]
 *
 * `--chunks` lists each JS chunk the embed fetched with its gzip size (to find what grew).
 *
 * Measures the dashboard (never asserted in tests; floors are printed next to the figures):
 *   - first-load JS and CSS, gzip: the entry (index.html's scripts and preloads; budget 45 KB), and everything
 *     the browser fetched until the first chart was drawn (entry + the Explore chunks);
 *   - time to first chart in headless Chromium (navigation start → first chart mark);
 *   - time to re-render after changing the metric (change → new chart drawn, metric file fetch
 *     included), median of several changes;
 *   - the embed page (embed.html): JS fetched until its first chart (gzip; budget 50 KB) and time to first chart;
 *   - the data fetched until the first chart (gzip): what a chart view loads;
 *   - agency search: typing a name, pinyin or initials into the picker → its results drawn (median);
 * on the seed datasets (`dist/data`) and on synthetic corpora of about 20,000 and 100,000
 * reports (`gen:corpus` + `build:data` into a temporary folder, each reused while the sources that build it are unchanged; every
 * report marked synthetic). Issue 16's targets are printed beside the figures they judge: at
 * 100,000 reports a chart view loads ≤ 300 KB gzip and draws its first chart ≤ 1 s; at 20,000 a
 * re-render after a metric change takes ≤ 16 ms. Run `npm run build` first.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview } from 'vite';
import { unpackManifest } from '../src/lib/data/unpackManifest';
import { launchChromium } from '../test/browser/launchChromium';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const SIZES = arg('corpus-sizes', arg('corpus-size', '20000,100000')).split(',').map(Number);
const YEARS = [2019, 2025];
const WORK = arg('work', join(tmpdir(), 'bench-app'));
const PORT = 4190;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = (file: string) => gzipSync(readFileSync(file)).length;

/**
 * The page's scripts and preloads, plus the interface strings of one language (zh by default), which
 * the entry fetches before it draws anything (i18n/loadStrings.ts): the larger language's chunk is counted.
 */
function entrySizes(site: string, page = 'index.html') {
  const html = readFileSync(join(site, page), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]);
  const strings = readdirSync(join(site, 'assets')).filter((f) => /^stringsBundle(Zh|En)-.*\.js$/.test(f));
  const js = refs.filter((r) => r.endsWith('.js')).reduce((s, r) => s + gz(join(site, r)), 0) + Math.max(0, ...strings.map((f) => gz(join(site, 'assets', f))));
  const css = refs.filter((r) => r.endsWith('.css')).reduce((s, r) => s + gz(join(site, r)), 0);
  return { js, css };
}

async function measure(site: string, label: string) {
  const server = await preview({ configFile: false, logLevel: 'silent', base: '/b/', build: { outDir: site }, preview: { host: '127.0.0.1', port: PORT, strictPort: true, open: false } });
  const browser = await launchChromium();
  try {
    const manifest = unpackManifest(JSON.parse(readFileSync(join(site, 'data/manifest.json'), 'utf8')));
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const assets = new Set<string>();
    const data = new Set<string>();
    page.on('request', (r) => {
      const m = /\/b\/(assets\/[^?]+)$/.exec(r.url());
      if (m) assets.add(m[1]);
      const d = /\/b\/(data\/[^?]+)$/.exec(r.url());
      if (d) data.add(decodeURIComponent(d[1]));
    });
    const firstCharts: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(`http://127.0.0.1:${PORT}/b/`, { waitUntil: 'commit' });
      await page.locator('[data-testid="chart"] .mark').first().waitFor({ timeout: 60_000 });
      firstCharts.push(await page.evaluate(() => performance.now()));
    }
    const loaded = [...assets];
    const firstData = [...data];
    const dataGz = firstData.reduce((sum, d) => sum + gz(join(site, d)), 0);
    const firstJs = loaded.filter((a) => a.endsWith('.js')).reduce((s, a) => s + gz(join(site, a)), 0);
    const firstCss = loaded.filter((a) => a.endsWith('.css')).reduce((s, a) => s + gz(join(site, a)), 0);

    // Re-render: switch between metrics with values, line chart then ranked chart.
    const metrics: { key: string; label: { zh: string } }[] = manifest.metrics.filter((m: { count: number; key: string }) => m.count > 0 && m.key.startsWith('applications.') && m.key.endsWith('.total')).slice(1, 6);
    const rerender = async () => {
      const times: number[] = [];
      for (const m of metrics) {
        times.push(
          // A string, not a function: tsx would wrap named arrows in a helper the page does not have.
          await page.evaluate(`(async () => {
            const t0 = performance.now();
            history.pushState(null, '', '?metric=${m.key}' + (location.search.includes('chart=ranked') ? '&chart=ranked' : ''));
            dispatchEvent(new PopStateEvent('popstate'));
            await new Promise((resolve) => {
              const check = () => (document.querySelector('#chart-title')?.textContent === ${JSON.stringify(m.label.zh)} && document.querySelector('[data-testid="chart"] .mark') ? resolve() : requestAnimationFrame(check));
              check();
            });
            return performance.now() - t0;
          })()`),
        );
      }
      return median(times);
    };
    const lineRerender = await rerender();
    await page.goto(`http://127.0.0.1:${PORT}/b/?chart=ranked`);
    await page.locator('[data-testid="chart"] .mark').first().waitFor({ timeout: 60_000 });
    const rankedRerender = await rerender();
    const marks = await page.locator('[data-testid="chart"] .mark').count();

    // Search: typing into the agency picker → its result list redrawn (a Chinese substring, pinyin, initials).
    const someone = manifest.agencies[Math.floor(manifest.agencies.length / 2)];
    const queries: string[] = [someone.name.slice(0, 2), someone.pinyin.split(' ').slice(0, 2).join(''), someone.initials.slice(0, 3)];
    const searchTimes: number[] = [];
    for (const q of queries)
      for (const typed of [q, '']) {
        const ms = (await page.evaluate(`(async () => {
          const input = document.querySelector('[data-testid="agency-search"]');
          const list = document.querySelector('[data-testid="agency-results"]');
          const before = list.textContent;
          const t0 = performance.now();
          input.value = ${JSON.stringify(typed)};
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((resolve) => { const check = () => (list.textContent !== before ? resolve() : setTimeout(check, 0)); check(); });
          return performance.now() - t0;
        })()`)) as number;
        if (typed) searchTimes.push(ms);
      }
    const search = median(searchTimes);

    // The embed page, in a fresh page so that nothing is cached from the dashboard; in Chinese (the
    // default) and in English, each language fetching its own strings.
    const loadEmbed = async (query: string) => {
      const embedPage = await browser.newPage({ viewport: { width: 640, height: 800 } });
      const assets = new Set<string>();
      embedPage.on('request', (r) => {
        const m = /\/b\/(assets\/[^?]+)$/.exec(r.url());
        if (m) assets.add(m[1]);
      });
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        await embedPage.goto(`http://127.0.0.1:${PORT}/b/embed.html${query}`, { waitUntil: 'commit' });
        await embedPage.locator('[data-testid="chart"] .mark').first().waitFor({ timeout: 60_000 });
        times.push(await embedPage.evaluate(() => performance.now()));
      }
      await embedPage.close();
      return { assets, times, js: [...assets].filter((a) => a.endsWith('.js')).reduce((sum, a) => sum + gz(join(site, a)), 0) };
    };
    const { assets: embedAssets, times: embedCharts, js: embedJs } = await loadEmbed('');
    const embedEn = await loadEmbed('?lang=en');
    const embedEntry = entrySizes(site, 'embed.html');
    const manifestGz = gz(join(site, 'data/manifest.json'));
    const entry = entrySizes(site);
    console.log(`\n${label}: ${manifest.reports.length} reports, ${manifest.agencies.length} agencies, manifest.json ${kb(manifestGz)} gzip`);
    console.log(`  first-load JS (entry + strings)  ${kb(entry.js).padStart(10)} gzip   budget ≤ 45 KB (issue 15)${entry.js > 45 * 1024 ? '  OVER BUDGET' : ''}`);
    console.log(`  first-load CSS (entry)           ${kb(entry.css).padStart(10)} gzip`);
    console.log(`  JS fetched until first chart     ${kb(firstJs).padStart(10)} gzip   (entry + Explore chunks)`);
    console.log(`  CSS fetched until first chart    ${kb(firstCss).padStart(10)} gzip`);
    console.log(`  data fetched until first chart   ${kb(dataGz).padStart(10)} gzip   target ≤ 300 KB at 100,000 reports (${firstData.length} files)`);
    // Which files: the largest first, so that what grows with the corpus shows.
    const byFile = firstData.map((d) => ({ d, n: gz(join(site, d)) })).sort((a, b) => b.n - a.n);
    console.log(`    ${byFile.slice(0, 4).map(({ d, n }) => `${d.replace(/^data\//, '')} ${kb(n)}`).join(', ')}${byFile.length > 4 ? `, ${byFile.length - 4} more ${kb(byFile.slice(4).reduce((s, x) => s + x.n, 0))}` : ''}`);
    console.log(`  time to first chart              ${`${median(firstCharts).toFixed(0)} ms`.padStart(10)}        floor 1500 ms, target ≤ 1000 ms at 100,000 reports (median of 3 loads)`);
    console.log(`  re-render after metric change    ${`${lineRerender.toFixed(0)} ms`.padStart(10)}        floor 100 ms, target ≤ 16 ms at 20,000 reports (line chart, median of ${metrics.length})`);
    console.log(`  re-render, ranked chart          ${`${rankedRerender.toFixed(0)} ms`.padStart(10)}        floor 100 ms, target ≤ 16 ms at 20,000 reports (${marks} bars drawn)`);
    console.log(`  agency search                    ${`${search.toFixed(0)} ms`.padStart(10)}        target ≤ 50 ms at 100,000 reports (typed → results drawn, median of ${searchTimes.length}: ${queries.join(', ')})`);
    console.log(`  embed page: JS until first chart ${kb(embedJs).padStart(10)} gzip   budget ≤ 50 KB (issue 15)${embedJs > 50 * 1024 ? '  OVER BUDGET' : ''} (entry ${kb(embedEntry.js)}, CSS ${kb(embedEntry.css)})`);
    console.log(`  embed page (en): JS until chart  ${kb(embedEn.js).padStart(10)} gzip   budget ≤ 50 KB (issue 15)${embedEn.js > 50 * 1024 ? '  OVER BUDGET' : ''}`);
    console.log(`  embed page: time to first chart  ${`${median(embedCharts).toFixed(0)} ms`.padStart(10)}        floor 1000 ms (median of 3 loads)`);
    if (args.includes('--chunks')) {
      const sized = [...embedAssets].filter((a) => a.endsWith('.js')).map((a) => ({ a, n: gz(join(site, a)) }));
      for (const { a, n } of sized.sort((x, y) => y.n - x.n)) console.log(`    embed chunk ${kb(n).padStart(10)}  ${a}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * What the synthetic datasets were built with: a hash of the generator's, the parser's and the
 * build's sources. A site built by older code (a metric since added, a file since split) is rebuilt
 * rather than measured with today's app.
 */
function buildStamp(): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (/\.ts$/.test(e.name) && !e.name.endsWith('.test.ts')) hash.update(path).update(readFileSync(path));
    }
  };
  for (const dir of ['src/lib/report', 'src/lib/dataset', 'src/lib/data', 'scripts/data', 'scripts/corpus']) if (existsSync(dir)) walk(dir);
  for (const file of ['scripts/buildData.ts', 'scripts/genCorpus.ts']) hash.update(file).update(readFileSync(file));
  return hash.digest('hex');
}

function syntheticSite(reports: number): string {
  const agencies = Math.ceil(reports / (YEARS[1] - YEARS[0] + 1));
  const corpus = join(WORK, `corpus-${agencies}`);
  const site = join(WORK, `site-${reports}`);
  const stamp = buildStamp();
  const stampFile = join(site, 'build-stamp.txt');
  if (!existsSync(join(site, 'data/manifest.json')) || !existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
    rmSync(site, { recursive: true, force: true });
    rmSync(corpus, { recursive: true, force: true });
    mkdirSync(WORK, { recursive: true });
    console.log(`generating ${agencies} agencies × ${YEARS[0]}-${YEARS[1]} and building the datasets (once; reused from ${WORK})…`);
    execFileSync('node_modules/.bin/tsx', ['scripts/genCorpus.ts', '--agencies', String(agencies), '--years', `${YEARS[0]}-${YEARS[1]}`, '--out', corpus], { stdio: 'inherit' });
    execFileSync('node_modules/.bin/tsx', ['scripts/buildData.ts', corpus, '--out', join(site, 'data')], { stdio: 'inherit' });
    writeFileSync(stampFile, stamp);
  }
  rmSync(join(site, 'assets'), { recursive: true, force: true });
  cpSync('dist/index.html', join(site, 'index.html'));
  cpSync('dist/embed.html', join(site, 'embed.html'));
  cpSync('dist/assets', join(site, 'assets'), { recursive: true });
  return site;
}

async function main() {
  if (!existsSync('dist/index.html')) throw new Error('dist/ missing: run `npm run build` first');
  await measure('dist', 'seeds');
  if (!args.includes('--skip-large')) for (const n of SIZES) await measure(syntheticSite(n), `synthetic (~${n} reports)`);
}

main().catch((err: unknown) => {
  console.error(`bench:app: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
