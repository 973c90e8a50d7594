/**
 * Hostile input: a corpus whose only report (validated report JSON, as the dataset build
 * accepts it) names its agency `<img src=x onerror=alert(1)>`. Built into its own site next to
 * the real one and served on a second port; the name must show as text everywhere.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPath } from '../../src/lib/report/schema';
import { makeReport } from '../factories/makeReport';
import { launchChromium } from './launchChromium';
import { openSite } from './openSite';
import { serveCorpusSite, type CorpusSite } from './serveCorpusSite';

const HOSTILE = '<img src=x onerror=alert(1)>';
let site: CorpusSite;
let browser: Browser;

beforeAll(async () => {
  const report = makeReport({ agency: HOSTILE, year: 2021 });
  setPath(report as unknown as Record<string, unknown>, 'applications.newReceived.total', 3);
  site = await serveCorpusSite({ 'hostile.json': JSON.stringify(report) }, '/h/', 4180);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('hostile input', () => {
  it.each(['', '?view=agencies', '?view=quality'])('the agency name shows as text, never as markup (%s)', async (query) => {
    const { page, errors } = await openSite(browser, `${site.url}${query}`);
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
    const { page } = await openSite(browser, `${site.url}?view=agencies`);
    await page.locator('.agency-list a').first().click();
    await page.locator('main h1').waitFor();
    expect(await page.locator('main h1').textContent()).toBe(HOSTILE);
    expect(await page.locator('img').count()).toBe(0);
    await page.close();
  });
});
