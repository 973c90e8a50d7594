/**
 * An empty corpus builds valid empty datasets, and the dashboard says plainly that there is
 * nothing yet: every view, no error, no empty chart frame. Built into its own site next to the
 * real one and served on its own port.
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './launchChromium';
import { openSite } from './openSite';
import { serveCorpusSite, type CorpusSite } from './serveCorpusSite';

let site: CorpusSite;
let browser: Browser;

beforeAll(async () => {
  site = await serveCorpusSite({}, '/e/', 4181);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('empty corpus', () => {
  it.each([
    ['', '还没有任何报告。'],
    ['?lang=en', 'There are no reports yet.'],
    ['?view=compare', '还没有任何报告。'],
    ['?view=quality', '还没有任何报告。'],
  ])('the dashboard says there is nothing yet (%s)', async (query, text) => {
    const { page, errors } = await openSite(browser, `${site.url}${query}`);
    await page.getByText(text).first().waitFor();
    expect(await page.locator('[data-testid="chart"] .mark').count()).toBe(0);
    expect(errors).toEqual([]);
    mkdirSync('test-results/screenshots', { recursive: true });
    await page.screenshot({ path: `test-results/screenshots/empty-corpus${query.replace(/[^a-z]+/g, '-')}.png` });
    await page.close();
  });
});
