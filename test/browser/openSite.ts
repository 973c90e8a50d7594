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
  // A request the page itself gave up (navigated on, or a superseded fetch aborted) is not a failure of the site.
  page.on('requestfailed', (req) => req.failure()?.errorText !== 'net::ERR_ABORTED' && errors.push(`request failed: ${req.url()} (${req.failure()?.errorText})`));
  await page.goto(url);
  return { page, errors };
}
