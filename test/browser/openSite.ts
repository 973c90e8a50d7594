/**
 * A page of the built site in Chromium that records every console error and page error,
 * so that a test can assert there were none.
 */
import type { Browser, Page } from 'playwright-core';

export interface SitePage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far, as text. */
  errors: string[];
}

export async function openSite(browser: Browser, url: string, width = 1280): Promise<SitePage> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`page: ${err.message}`));
  page.on('requestfailed', (req) => errors.push(`request failed: ${req.url()}`));
  await page.goto(url);
  return { page, errors };
}
