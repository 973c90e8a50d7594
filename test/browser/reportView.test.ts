import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { getPath, reportCellPaths } from '../../src/lib/report/schema';
import { launchChromium } from './launchChromium';
import { openSite, type SitePage } from './openSite';
import { readDataset } from './readDataset';

const siteUrl = inject('siteUrl');
const ds = readDataset();
const SHOTS = 'test-results/screenshots';

let browser: Browser;
const opened: SitePage[] = [];

async function open(url = siteUrl, width = 1280): Promise<Page> {
  const site = await openSite(browser, url, width);
  opened.push(site);
  return site.page;
}

const reportUrl = (id: string) => `${siteUrl}?view=agencies&report=${encodeURIComponent(id)}`;

/** The number cell of table 2's row with this label. */
const table2Cell = (page: Page, label: string) =>
  page.locator('table.official tr', { has: page.locator('th', { hasText: new RegExp(`^${label}$`) }) }).locator('button');

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

describe('agency page: report tables with evidence (built site under a sub-path)', () => {
  it('the agency list finds 宝鸡市公安局 by pinyin and opens its page', async () => {
    const page = await open(`${siteUrl}?view=agencies`);
    await page.getByTestId('agency-page-search').fill('baoji');
    const links = page.locator('.agency-list a');
    await expect.poll(() => links.allTextContents()).toEqual(['宝鸡市公安局']);
    await links.first().click();
    await page.locator('h1', { hasText: '宝鸡市公安局' }).waitFor();
    const agency = ds.manifest.agencies.find((a) => a.name === '宝鸡市公安局')!;
    expect(new URL(page.url()).searchParams.get('agency')).toBe(agency.id);
  });

  it('济源示范区公安局 2021 shows 行政许可 1370 and its evidence line when clicked', async () => {
    const { id } = ds.entry('济源示范区公安局', 2021);
    const report = ds.report(id);
    const page = await open(reportUrl(id));
    await page.locator('h1', { hasText: '济源示范区公安局' }).waitFor();
    const cell = table2Cell(page, '行政许可');
    expect((await cell.textContent())?.trim()).toBe('1370');
    await cell.click();
    const evidence = report.evidence['active.licensing.decisions'];
    expect(evidence.text).toContain('1370');
    expect(await page.getByTestId('evidence-line').textContent()).toBe(String(evidence.line));
    expect(await page.getByTestId('evidence-text').textContent()).toBe(evidence.text);
  });

  it('the report survives a reload; back and forward move between Explore and the report', async () => {
    const { id } = ds.entry('济源示范区公安局', 2021);
    const page = await open();
    await page.locator('nav a[data-view="agencies"]').click();
    await page.getByTestId('agency-page-search').fill('济源');
    await page.locator('.agency-list a', { hasText: '济源示范区公安局' }).click();
    await page.locator('h2.title', { hasText: '济源示范区公安局' }).waitFor();
    const url = page.url();
    expect(new URL(url).searchParams.get('view')).toBe('agencies');

    await page.reload();
    await page.locator('h2.title', { hasText: '济源示范区公安局' }).waitFor();
    expect((await table2Cell(page, '行政许可').textContent())?.trim()).toBe('1370');
    expect(page.locator(`a[data-report="${id}"][aria-current="page"]`)).toBeTruthy();

    await page.goBack();
    await page.getByTestId('agency-page-search').waitFor();
    await page.goBack();
    await page.getByTestId('chart').waitFor();
    expect(page.url()).toBe(siteUrl);
    await page.goForward();
    await page.goForward();
    await page.locator('h2.title', { hasText: '济源示范区公安局' }).waitFor();
    expect(page.url()).toBe(url);
  });

  it('every blank cell reads 空 and no cell that holds a number does', async () => {
    for (const r of ds.manifest.reports) {
      const report = ds.report(r.id);
      const page = await open(reportUrl(r.id));
      await page.locator('table.official').first().waitFor();
      const shown = await page.locator('button[data-path]').evaluateAll((els) =>
        els.map((el) => [el.getAttribute('data-path'), el.textContent?.trim()]),
      );
      const expected = reportCellPaths(report).map((p) => {
        const v = getPath(report, p);
        return [p, v === null || v === undefined ? '空' : String(v)];
      });
      expect(shown, r.file).toEqual(expected);
      await page.close();
    }
  }, 20_000 + 10_000 * ds.manifest.reports.length); // one page per report of the sample corpus (~2 s each alone; 4–5 s on a loaded machine)

  it('failed checks are listed with their messages', async () => {
    const r = ds.manifest.reports.find((e) => e.failedChecks.length > 0);
    if (!r) return; // every seed passes every check: nothing to show
    const report = ds.report(r.id);
    const page = await open(reportUrl(r.id));
    const items = page.locator('ul.failed li');
    // The page draws after its strings, the manifest and the report arrive: wait for it, then count.
    await items.first().waitFor();
    await expect.poll(() => items.count()).toBe(r.failedChecks.length);
    const texts = await items.allTextContents();
    report.checks.filter((c) => !c.ok).forEach((c, i) => expect(texts[i]).toContain(c.message));
  });

  it('a link to a report that does not exist says so instead of showing an empty page', async () => {
    const { page } = await openSite(browser, `${siteUrl}?view=agencies&report=no-such-report`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('no-such-report');
    await page.close();
  });

  it('no console errors, page errors or failed requests on any page above', () => {
    expect(opened.length).toBeGreaterThan(0);
    expect(opened.flatMap((s) => s.errors)).toEqual([]);
  });
});
