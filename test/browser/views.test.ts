import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { OUTCOME_CATEGORIES } from '../../src/lib/compare/calcCompareParts';
import { getPath } from '../../src/lib/report/schema';
import { launchChromium } from './launchChromium';
import { openSite, type SitePage } from './openSite';
import { readDataset } from './readDataset';

const siteUrl = inject('siteUrl');
const ds = readDataset();
const SHOTS = 'test-results/screenshots';

let browser: Browser;
const opened: SitePage[] = [];
async function open(query = '', width = 1280, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const site = await openSite(browser, siteUrl + query, width);
  await site.page.emulateMedia({ colorScheme });
  opened.push(site);
  return site.page;
}

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const latest = (agency: string) => ds.manifest.reports.filter((r) => r.agency === agency).at(-1)!;

describe('Compare, Data quality, Method (seed data)', () => {
  const three = ds.manifest.agencies.slice(0, 3).map((a) => a.id);

  it('Compare: grouped bars of the key figures, one 100% bar per agency, and every figure in the table', async () => {
    const page = await open(`?view=compare&agencies=${three.join(',')}`);
    const table = page.getByTestId('figure-table');
    await table.waitFor();
    const reports = three.map((a) => ds.report(latest(a).id));
    const licensing = reports.map((r) => getPath(r, 'active.licensing.decisions'));
    const row = table.locator('tr[data-path="active.licensing.decisions"] td');
    expect((await row.allTextContents()).slice(0, 3).map((s) => s.trim())).toEqual(licensing.map((v) => (v === null ? '空白' : Number(v).toLocaleString('en-US'))));
    const nums = licensing.filter((v): v is number => typeof v === 'number');
    expect((await row.last().textContent())?.trim()).toBe((Math.max(...nums) - Math.min(...nums)).toLocaleString('en-US'));

    // The comparison can be shared and embedded like any chart: its embed code is the Compare embed.
    await page.getByTestId('share-panel').locator('summary').click();
    expect(await page.getByTestId('embed-code').inputValue()).toContain(`embed.html?view=compare&amp;agencies=${three.join(',')}`);
    const bars = page.locator('[data-testid="grouped-bars"] .mark');
    const bar = await bars.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
    expect(bar).toContain(licensing[0]);

    // Outcomes: granted share of the report with the most requests handled.
    const granted = reports.map((r) => getPath(r, 'applications.granted.total'));
    const segments = page.locator('.stacked').first().locator(`rect[data-category="${OUTCOME_CATEGORIES.findIndex((c) => c.key === 'granted')}"]`);
    expect(await segments.count()).toBe(granted.filter((g) => typeof g === 'number' && g > 0).length);
  });

  it('Compare for a year an agency has no report of says so (not "report not found")', async () => {
    const years = new Set(ds.manifest.reports.filter((r) => r.agency === three[0]).map((r) => r.year));
    const year = ds.manifest.years.find((y) => !years.has(y)) ?? Math.min(...ds.manifest.years) - 1;
    const page = await open(`?view=compare&agencies=${three.join(',')}&year=${year}`);
    const first = page.locator('main ul.legend li').first();
    await first.waitFor();
    expect(await first.textContent()).toContain(`没有 ${year} 年度的报告`);
    expect(await page.locator('main').textContent()).not.toContain('找不到这份报告');
  });

  it('Compare with one agency asks for more', async () => {
    const page = await open(`?view=compare&agencies=${three[0]}`);
    await page.getByTestId('compare-hint').waitFor();
  });

  it('Data quality lists every report with failed checks, each linking to it', async () => {
    const page = await open('?view=quality');
    await page.getByTestId('quality-failed').waitFor();
    const failed = ds.manifest.reports.filter((r) => r.failedChecks.length);
    const links = page.locator('[data-testid="quality-failed"] a[data-report]');
    await expect.poll(() => links.count()).toBe(failed.length);
    const blanks = ds.manifest.reports.filter((r) => r.blankCells > 0).length;
    // Blank cells come from report-details.json, loaded by this view after the manifest.
    await expect.poll(() => page.locator('[data-testid="quality-blanks"] li').count()).toBe(blanks);
    await expect.poll(() => page.locator('[data-testid="quality-errors"] p').textContent()).toBe('没有。');
    // Reading warnings are shown in the parser's words, e.g. seed 001's table 4 row of 16 numbers.
    await expect.poll(() => page.getByTestId('quality-warnings').textContent()).toContain('表四数据行：16 个数字多于 15 个单元格，只保留前 15 个');
    if (failed.length) {
      await links.first().click();
      await page.locator('table.official').first().waitFor();
      expect(new URL(page.url()).searchParams.get('report')).toBe(failed[0].id);
    }
  });

  it('Method names the templates in both languages', async () => {
    const zh = await open('?view=method');
    expect(await zh.locator('h1').textContent()).toBe('方法');
    expect(await zh.locator('article').textContent()).toContain('国办公开办函〔2021〕30号');
    const en = await open('?view=method&lang=en');
    expect(await en.locator('h1').textContent()).toBe('Method');
    expect(await en.locator('article').textContent()).toContain('Blank is not 0');
  });

  it('Method lists every download with the size the manifest gives, and each link fetches that many bytes', async () => {
    const page = await open('?view=method&lang=en');
    const downloads = ds.manifest.files.filter((f) => f.kind === 'csv' || f.kind === 'parquet');
    const items = page.locator('ul.downloads li');
    // The Method view is a chunk of its own: wait for it before counting (a loaded machine counted 0).
    await items.first().waitFor();
    expect(await items.count()).toBe(downloads.length);
    const first = await items.first().textContent();
    expect(first).toContain('Parquet');
    const parquet = downloads.find((f) => f.path === 'parquet/figures.parquet')!;
    expect(first).toContain(`${(parquet.bytes! / 1024).toFixed(1)} KB`);
    const href = await items.first().locator('a').getAttribute('href');
    const bytes = await page.evaluate(async (url) => (await (await fetch(url!)).arrayBuffer()).byteLength, href);
    expect(bytes).toBe(parquet.bytes);
  });

  it('Method at 390 px: the harmonisation table fits the screen, each row a block whose reason is as wide as the text column, in both languages', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const page = await open(`?view=method${lang === 'en' ? '&lang=en' : ''}`, 390);
      const table = page.getByTestId('harmonisation-table');
      await table.waitFor();
      const fit = await table.evaluate((t) => {
        const scroller = t.parentElement!;
        const reasons = [...t.querySelectorAll('tbody td:last-child')].map((td) => td.getBoundingClientRect().width);
        return { overflow: scroller.scrollWidth - scroller.clientWidth, narrowest: Math.min(...reasons), width: scroller.clientWidth, label: getComputedStyle(t.querySelector('tbody td')!, '::before').content };
      });
      expect(fit.overflow, lang).toBeLessThanOrEqual(0);
      expect(fit.narrowest, lang).toBeGreaterThan(fit.width * 0.9);
      expect(fit.label, lang).toBe(lang === 'zh' ? '"2019 年版："' : '"2019 template: "');
      await table.locator('tbody tr').nth(6).screenshot({ path: `${SHOTS}/method-harmonisation-${lang}-390.png` });
      await page.close();
    }
  });

  const VIEWS: [string, string][] = [
    ['explore', ''],
    ['explore-ranked', '?chart=ranked&year=2021'],
    ['explore-multiples', '?chart=multiples'],
    ['compare', `?view=compare&agencies=${three.join(',')}`],
    ['agency', `?view=agencies&report=${ds.manifest.reports.find((r) => r.failedChecks.length)?.id ?? ds.manifest.reports[0].id}`],
    ['quality', '?view=quality'],
    ['method', '?view=method'],
  ];
  for (const width of [390, 1280])
    for (const lang of ['zh', 'en'] as const)
      it(`screenshots of every view at ${width} px in ${lang}, without horizontal page overflow`, async () => {
        for (const [name, query] of VIEWS) {
          const q = lang === 'en' ? `${query ? `${query}&` : '?'}lang=en` : query;
          const page = await open(q, width, name === 'compare' && width === 390 ? 'dark' : 'light');
          await page.locator('main h1').first().waitFor();
          await page.waitForTimeout(300);
          await page.screenshot({ path: `${SHOTS}/${name}-${lang}-${width}.png`, fullPage: true });
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${name} ${lang} ${width}`).toBe(true);
          await page.close();
        }
        // Seven views, each a fresh page, one after another on a shared, loaded machine: not a speed test.
      }, 120_000);

  it('dark mode: the Explore chart in the system dark scheme', async () => {
    const page = await open('', 1280, 'dark');
    await page.getByTestId('chart').waitFor();
    await page.screenshot({ path: `${SHOTS}/explore-zh-1280-dark.png`, fullPage: true });
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(21, 23, 26)');
  });

  it('no console errors, page errors or failed requests', () => {
    expect(opened.flatMap((s) => s.errors)).toEqual([]);
  });
});
