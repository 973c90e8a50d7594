/**
 * An empty corpus builds valid empty datasets, and the dashboard says plainly that there is
 * nothing yet: every view, no error, no empty chart frame. Built into its own site next to the
 * real one and served on its own port.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './launchChromium';
import { openSite } from './openSite';

const PORT = 4181;
let dir: string;
let server: PreviewServer;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'empty-'));
  const corpus = join(dir, 'corpus');
  const site = join(dir, 'site');
  mkdirSync(corpus);
  execFileSync('node_modules/.bin/tsx', ['scripts/buildData.ts', corpus, '--out', join(site, 'data')], { stdio: 'pipe' });
  cpSync('dist/index.html', join(site, 'index.html'));
  cpSync('dist/assets', join(site, 'assets'), { recursive: true });
  server = await preview({ configFile: false, logLevel: 'warn', base: '/e/', build: { outDir: site }, preview: { host: '127.0.0.1', port: PORT, strictPort: true, open: false } });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('empty corpus', () => {
  it.each([
    ['', '还没有任何报告。'],
    ['?lang=en', 'There are no reports yet.'],
    ['?view=compare', '还没有任何报告。'],
    ['?view=quality', '还没有任何报告。'],
  ])('the dashboard says there is nothing yet (%s)', async (query, text) => {
    const { page, errors } = await openSite(browser, `http://127.0.0.1:${PORT}/e/${query}`);
    await page.getByText(text).first().waitFor();
    expect(await page.locator('[data-testid="chart"] .mark').count()).toBe(0);
    expect(errors).toEqual([]);
    mkdirSync('test-results/screenshots', { recursive: true });
    await page.screenshot({ path: `test-results/screenshots/empty-corpus${query.replace(/[^a-z]+/g, '-')}.png` });
    await page.close();
  });
});
