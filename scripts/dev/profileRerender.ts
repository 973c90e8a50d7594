/**
 * Dev tool: where the dashboard's time goes when the metric changes. `npx tsx scripts/dev/profileRerender.ts SITE [--ranked]`
 * (SITE: a built site with data/, e.g. one of bench:app's synthetic sites). Serves it, draws the first chart, then
 * records a CPU profile (Chrome DevTools protocol) over five metric changes and prints the functions with the most
 * self time, and the time of each change. Measures only.
 */
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
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  let total = 0;
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    self.set(k, (self.get(k) ?? 0) + dt);
  });
  console.log(`profile ${(total / 1000).toFixed(0)} ms`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${(v / 1000).toFixed(1).padStart(8)} ms  ${k}`);
} finally {
  await browser.close();
  await server.close();
}
