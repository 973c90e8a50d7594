/**
 * WCAG 2.1 AA with axe-core on every view of the dashboard and on the embed page, in both
 * languages and both themes (contrast differs): zero violations. axe-core is injected into the
 * built site's page; each violation is listed with the elements it names, so a failure says
 * what to fix. Also: the dashboard's theme switch is remembered across a reload.
 */
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './launchChromium';
import { openSite } from './openSite';
import { readDataset } from './readDataset';

const siteUrl = inject('siteUrl');
const ds = readDataset();
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const three = ds.manifest.agencies.slice(0, 3).map((a) => a.id);
const report = ds.manifest.reports.find((r) => r.failedChecks.length)?.id ?? ds.manifest.reports[0].id;

/** [name, URL relative to the site, what to wait for before the check]. */
const VIEWS: [string, string, string][] = [
  ['explore', '', '[data-testid="chart"] .mark'],
  ['explore-ranked', '?chart=ranked&year=2021', '[data-testid="chart"] .mark'],
  ['explore-multiples', '?chart=multiples', '[data-testid="chart"] .mark'],
  ['compare', `?view=compare&agencies=${three.join(',')}`, '[data-testid="figure-table"]'],
  ['agency', `?view=agencies&report=${report}`, 'main h1'],
  ['quality', '?view=quality', 'main h1'],
  ['method', '?view=method', 'main h1'],
  ['import', '', '[data-testid="import-open"]'],
  ['embed', 'embed.html', '[data-testid="chart"] .mark'],
  ['embed-compare', `embed.html?view=compare&agencies=${three.join(',')}`, '[data-testid="grouped-bars"]'],
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] })
    .then((r) => r.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 4).map((n) => n.target.join(' ') + ' — ' + n.failureSummary.replace(/\\s+/g, ' ').slice(0, 160)).join(' | ')))`);
  return result as string[];
}

describe('axe-core, WCAG 2.1 AA', () => {
  for (const theme of ['light', 'dark'] as const)
    for (const lang of ['zh', 'en'] as const)
      for (const [name, query, ready] of VIEWS) {
        it(`${name} in ${lang}, ${theme}: no violations`, async () => {
          const sep = query.includes('?') ? '&' : '?';
          const site = await openSite(browser, `${siteUrl}${query}${lang === 'en' ? `${sep}lang=en` : ''}`, 1280);
          const { page } = site;
          try {
            await page.emulateMedia({ colorScheme: theme });
            await page.locator(ready).first().waitFor({ state: 'attached', timeout: 30_000 });
            if (name === 'import') {
              await page.getByTestId('import-open').click();
              await page.locator('[data-testid="import-panel"], .import-panel, [role="dialog"]').first().waitFor({ timeout: 30_000 });
            }
            if (name.startsWith('explore') || name === 'compare') await page.getByTestId('share-panel').locator('summary').click();
            await page.waitForTimeout(300);
            expect(await violations(page)).toEqual([]);
          } finally {
            await page.close();
          }
        }, 60_000);
      }
});

describe('theme switch', () => {
  it('the reader\'s theme applies at once and is remembered on reload; auto follows the system again', async () => {
    const site = await openSite(browser, siteUrl, 800);
    const { page } = site;
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByTestId('chart').waitFor();
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await bg();
    await page.getByTestId('theme-switch').selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await bg()).toBe('rgb(21, 23, 26)');
    await page.reload();
    await page.getByTestId('chart').waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.getByTestId('theme-switch').inputValue()).toBe('dark');
    await page.getByTestId('theme-switch').selectOption('auto');
    expect(await bg()).toBe(light);
    await page.reload();
    await page.getByTestId('chart').waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    expect(site.errors).toEqual([]);
    await page.close();
  });
});
