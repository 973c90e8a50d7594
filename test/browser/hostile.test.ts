/**
 * Hostile input: a corpus whose only report (validated report JSON, as the dataset build
 * accepts it) names its agency `<img src=x onerror=alert(1)>`. Built into its own site next to
 * the real one and served on a second port; the name must show as text everywhere.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPath } from '../../src/lib/report/schema';
import { makeReport } from '../factories/makeReport';
import { launchChromium } from './launchChromium';
import { openSite } from './openSite';

const HOSTILE = '<img src=x onerror=alert(1)>';
const PORT = 4180;
let dir: string;
let server: PreviewServer;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  const corpus = join(dir, 'corpus');
  const site = join(dir, 'site');
  mkdirSync(corpus);
  const report = makeReport({ agency: HOSTILE, year: 2021 });
  setPath(report as unknown as Record<string, unknown>, 'applications.newReceived.total', 3);
  writeFileSync(join(corpus, 'hostile.json'), JSON.stringify(report));
  execFileSync('node_modules/.bin/tsx', ['scripts/buildData.ts', corpus, '--out', join(site, 'data')], { stdio: 'pipe' });
  cpSync('dist/index.html', join(site, 'index.html'));
  cpSync('dist/assets', join(site, 'assets'), { recursive: true });
  server = await preview({ configFile: false, logLevel: 'warn', base: '/h/', build: { outDir: site }, preview: { host: '127.0.0.1', port: PORT, strictPort: true, open: false } });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('hostile input', () => {
  it.each(['', '?view=agencies', '?view=quality'])('the agency name shows as text, never as markup (%s)', async (query) => {
    const { page, errors } = await openSite(browser, `http://127.0.0.1:${PORT}/h/${query}`);
    let dialog = false;
    page.on('dialog', (d) => {
      dialog = true;
      void d.dismiss();
    });
    await page.getByText(HOSTILE).first().waitFor();
    expect(await page.locator('img').count()).toBe(0);
    expect(dialog).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the agency page heading is the literal name', async () => {
    const { page } = await openSite(browser, `http://127.0.0.1:${PORT}/h/?view=agencies`);
    await page.locator('.agency-list a').first().click();
    await page.locator('main h1').waitFor();
    expect(await page.locator('main h1').textContent()).toBe(HOSTILE);
    expect(await page.locator('img').count()).toBe(0);
    await page.close();
  });
});
