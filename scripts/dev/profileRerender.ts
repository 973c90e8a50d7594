/**
 * Dev tool: where the dashboard's time goes when the metric changes. `npx tsx scripts/dev/profileRerender.ts SITE [--ranked]`
 * (SITE: a built site with data/, e.g. one of bench:app's synthetic sites). Serves it, draws the first chart, then
 * records a CPU profile (Chrome DevTools protocol) over five metric changes and prints the time of each change and the
 * source files with the most self and inclusive time (mapped through the assets' source maps when the site was built
 * with `vite build --sourcemap`; minified positions otherwise). Measures only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { preview } from 'vite';
import { launchChromium } from '../../test/browser/launchChromium';

const site = process.argv[2];
const ranked = process.argv.includes('--ranked');
const PORT = 4397;
const server = await preview({ configFile: false, logLevel: 'silent', base: '/b/', build: { outDir: site }, preview: { host: '127.0.0.1', port: PORT, strictPort: true, open: false } });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`http://127.0.0.1:${PORT}/b/${ranked ? '?chart=ranked' : ''}`);
  await page.locator('[data-testid="chart"] .mark').first().waitFor({ timeout: 120_000 });
  const keys: string[] = await page.evaluate(`fetch('data/manifest.json').then((r) => r.json()).then((m) => m.metrics.filter((x) => x.count > 0 && x.key.startsWith('applications.') && x.key.endsWith('.total')).slice(1, 6).map((x) => x.key + '|' + x.label.zh))`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  for (const km of keys) {
    const [key, label] = km.split('|');
    const ms = await page.evaluate(`(async () => {
      const t0 = performance.now();
      history.pushState(null, '', '?metric=${key}' + (${ranked} ? '&chart=ranked' : ''));
      dispatchEvent(new PopStateEvent('popstate'));
      await new Promise((resolve) => {
        const check = () => (document.querySelector('#chart-title')?.textContent === ${JSON.stringify(label)} && document.querySelector('[data-testid="chart"] .mark') ? resolve() : setTimeout(check, 0));
        check();
      });
      return performance.now() - t0;
    })()`);
    console.log(`${key}: ${(ms as number).toFixed(1)} ms`);
  }
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[]; samples: number[]; timeDeltas: number[] } };
  const maps = new Map<string, SourceMapConsumer | null>();
  const where = (url: string, line: number, column: number, name: string): string => {
    const file = url.split('/b/')[1]?.split('?')[0];
    if (!file) return `${name || '(anon)'} ${url.split('/').pop()}`;
    if (!maps.has(file)) maps.set(file, existsSync(join(site, `${file}.map`)) ? new SourceMapConsumer(JSON.parse(readFileSync(join(site, `${file}.map`), 'utf8'))) : null);
    const map = maps.get(file);
    const o = map?.originalPositionFor({ line: line + 1, column });
    return o?.source ? `${o.source.replace(/^.*?(node_modules|src)\//, '$1/')}:${o.line}` : `${name || '(anon)'} ${file}:${line}:${column}`;
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of (n as { children?: number[] }).children ?? []) parent.set(c, n.id);
  const key = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return where(f.url, f.lineNumber, f.columnNumber, f.functionName);
  };
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    self.set(key(id), (self.get(key(id)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(cur);
      if (!seen.has(k)) inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
      seen.add(k);
    }
  });
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${(v / 1000 / keys.length).toFixed(1).padStart(8)} ms/change  ${k}`).join('\n');
  console.log(`profile ${(total / 1000).toFixed(0)} ms\n-- self\n${top(self, 25)}\n-- inclusive (src only)`);
  console.log(top(new Map([...inclusive].filter(([k]) => k.startsWith('src/lib'))), 30));
} finally {
  await browser.close();
  await server.close();
}
