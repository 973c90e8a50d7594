import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Manifest } from '../../src/lib/data/types';
import { cellPaths, getPath } from '../../src/lib/report/schema';
import type { Report } from '../../src/lib/report/types';
import { launchChromium } from './launchChromium';
import { openSite, type SitePage } from './openSite';

const siteUrl = inject('siteUrl');
const manifest = JSON.parse(readFileSync('dist/data/manifest.json', 'utf8')) as Manifest;
const readReport = (id: string) => JSON.parse(readFileSync(`dist/data/reports/${id}.json`, 'utf8')) as Report;
const entry = (agency: string, year: number) => {
  const e = manifest.reports.find((r) => r.name === agency && r.year === year);
  if (!e) throw new Error(`${agency} ${year} not in the manifest`);
  return e;
};

const SEED_AGENCIES = ['济源示范区公安局', '宝鸡市公安局', '沂源县公安局', '淄博市公安局经开区分局', '聊城市公安局茌平分局'];
const SHOTS = 'test-results/screenshots';

let browser: Browser;
const opened: SitePage[] = [];

async function open(url = siteUrl, width = 1280): Promise<Page> {
  const site = await openSite(browser, url, width);
  opened.push(site);
  return site.page;
}

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

describe('report list and report view (built site under a sub-path)', () => {
  it('the report list shows the five seed reports', async () => {
    const page = await open();
    const rows = page.locator('table.reports tbody tr');
    await expect.poll(() => rows.count()).toBe(5);
    const agencies = await page.locator('table.reports tbody tr td:first-child').allTextContents();
    expect(agencies.map((a) => a.trim()).sort()).toEqual([...SEED_AGENCIES].sort());
    expect(manifest.reports).toHaveLength(5);
  });

  it('opening 济源示范区公安局 2021 shows 行政许可 1370 and its evidence line when clicked', async () => {
    const { id } = entry('济源示范区公安局', 2021);
    const report = readReport(id);
    const page = await open();
    await page.getByRole('link', { name: '济源示范区公安局' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('report')).toBe(id);
    await page.locator('h1', { hasText: '济源示范区公安局' }).waitFor();

    const cell = table2Cell(page, '行政许可');
    expect((await cell.textContent())?.trim()).toBe('1370');
    await cell.click();
    const evidence = report.evidence['active.licensing.decisions'];
    expect(evidence.text).toContain('1370');
    expect(await page.getByTestId('evidence-line').textContent()).toBe(String(evidence.line));
    expect(await page.getByTestId('evidence-text').textContent()).toBe(evidence.text);
  });

  it('the selected report survives a reload, and back/forward move between list and report', async () => {
    const { id } = entry('济源示范区公安局', 2021);
    const page = await open();
    await page.getByRole('link', { name: '济源示范区公安局' }).click();
    await page.locator('h1', { hasText: '济源示范区公安局' }).waitFor();
    const url = page.url();
    expect(url).toBe(`${siteUrl}?report=${encodeURIComponent(id)}`);

    await page.reload();
    await page.locator('h1', { hasText: '济源示范区公安局' }).waitFor();
    expect((await table2Cell(page, '行政许可').textContent())?.trim()).toBe('1370');

    await page.goBack();
    await page.locator('.intro h1').waitFor();
    expect(page.url()).toBe(siteUrl);
    await page.goForward();
    await page.locator('h1', { hasText: '济源示范区公安局' }).waitFor();
    expect(page.url()).toBe(url);
  });

  it('every blank cell reads 空 and no cell that holds a number does', async () => {
    for (const r of manifest.reports) {
      const report = readReport(r.id);
      const page = await open(`${siteUrl}?report=${encodeURIComponent(r.id)}`);
      await page.locator('table.official').first().waitFor();
      const shown = await page.locator('button[data-path]').evaluateAll((els) =>
        els.map((el) => [el.getAttribute('data-path'), el.textContent?.trim()]),
      );
      const expected = cellPaths(report.template).map((p) => {
        const v = getPath(report, p);
        return [p, v === null || v === undefined ? '空' : String(v)];
      });
      expect(shown, r.file).toEqual(expected);
      await page.close();
    }
  });

  it('failed checks are listed with their messages', async () => {
    const r = manifest.reports.find((e) => e.failedChecks.length > 0);
    if (!r) return; // every seed passes every check: nothing to show
    const report = readReport(r.id);
    const page = await open(`${siteUrl}?report=${encodeURIComponent(r.id)}`);
    const items = page.locator('ul.failed li');
    await expect.poll(() => items.count()).toBe(r.failedChecks.length);
    const texts = await items.allTextContents();
    const failed = report.checks.filter((c) => !c.ok);
    failed.forEach((c, i) => expect(texts[i]).toContain(c.message));
  });

  it('a link to a report that does not exist says so instead of showing an empty page', async () => {
    // Not in `opened`: the 404 of the missing report file is the expected console error here.
    const { page } = await openSite(browser, `${siteUrl}?report=no-such-report`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('no-such-report');
    await page.close();
  });

  it.each([390, 1280])('screenshots at %i px, without horizontal page overflow', async (width) => {
    const { id } = entry('济源示范区公安局', 2021);
    const list = await open(siteUrl, width);
    await list.locator('table.reports tbody tr').first().waitFor();
    await list.screenshot({ path: `${SHOTS}/list-${width}.png`, fullPage: true });
    expect(await list.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    const page = await open(`${siteUrl}?report=${encodeURIComponent(id)}`, width);
    await table2Cell(page, '行政许可').click();
    await page.getByTestId('evidence-line').waitFor();
    await page.screenshot({ path: `${SHOTS}/report-${width}.png`, fullPage: true });
    await page.screenshot({ path: `${SHOTS}/report-${width}-viewport.png` });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    const flagged = manifest.reports.find((e) => e.failedChecks.length > 0);
    if (flagged) {
      const p = await open(`${siteUrl}?report=${encodeURIComponent(flagged.id)}`, width);
      await p.locator('table.official').first().waitFor();
      await p.screenshot({ path: `${SHOTS}/report-failed-checks-${width}.png`, fullPage: true });
    }
  });

  it('no console errors, page errors or failed requests on any page above', () => {
    expect(opened.length).toBeGreaterThan(0);
    expect(opened.flatMap((s) => s.errors)).toEqual([]);
  });
});
