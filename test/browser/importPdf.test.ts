/**
 * PDF reports in Import reports: a real published PDF (../shared/corpus/pdf, skipped with one
 * line where absent) is parsed in the browser's import worker, whose PDF reader (pdfjs) is a
 * chunk of its own fetched only then, with its character maps served by the site; a scanned
 * PDF and a truncated one get their own outcome. The agency page then shows the PDF's
 * figures, and the source panel names the page a number is printed on, in Chinese and English.
 * The scanned and truncated PDFs are synthetic test data (test/factories/makePdf.ts).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { makePdf } from '../factories/makePdf';
import { hasShared, SHARED } from '../seedTruth';
import { launchChromium } from './launchChromium';
import { openSite, type SitePage } from './openSite';

const siteUrl = inject('siteUrl');
const SHOTS = 'test-results/screenshots';
const REAL = 'huaian-shi-renminzhengfu-2024.pdf';
const present = hasShared('pdf');

let browser: Browser;
let site: SitePage;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  if (!present) return;
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
  site = await openSite(browser, siteUrl);
  page = site.page;
  page.on('request', (r) => requests.push(r.url()));
});
afterAll(async () => {
  await browser?.close();
});

async function drop(target: string, list: { name: string; base64: string }[]) {
  const dt = await page.evaluateHandle((fs) => {
    const t = new DataTransfer();
    for (const f of fs) t.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name));
    return t;
  }, list);
  await page.dispatchEvent(target, 'drop', { dataTransfer: dt });
}

describe.skipIf(!present)('import: PDF reports', () => {
  it('pdfjs is not fetched on first load', async () => {
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => /pdf/i.test(u))).toEqual([]);
  });

  it('a dropped PDF is read in the browser; a scanned and a truncated PDF get their own outcome', async () => {
    const real = readFileSync(`${SHARED}pdf/${REAL}`);
    const whole = makePdf([{ texts: [{ x: 72, y: 770, text: 'Annual report' }] }]);
    const files = [
      { name: REAL, base64: real.toString('base64') },
      { name: 'scan.pdf', base64: Buffer.from(makePdf([{ image: true }])).toString('base64') },
      { name: 'cut.pdf', base64: Buffer.from(whole.subarray(0, 200)).toString('base64') },
    ];
    await page.getByTestId('import-open').click();
    await page.getByTestId('import-panel').waitFor();
    await page.getByTestId('import-mode-replace').check();
    await drop('[data-testid="import-drop"]', files);
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 90_000 });
    expect(requests.some((u) => /assets\/pdf-[\w-]+\.js$/.test(u))).toBe(true);
    const outcomes = page.getByTestId('import-outcomes').locator('li');
    const texts = Object.fromEntries(await outcomes.evaluateAll((lis) => lis.map((li) => [li.querySelector('code')!.textContent, li.querySelector('span')!.textContent])));
    expect(texts[REAL]).toMatch(/^已读取/);
    expect(texts['scan.pdf']).toBe('扫描件 PDF，没有文字层：未能读取表格');
    expect(texts['cut.pdf']).toBe('PDF 文件不完整：文件在结束标记之前就断了（请重新下载）');
  });

  it('the agency page shows the PDF\'s figures, and the source panel names the page (第 N 页 / page N)', async () => {
    const want = { page: 3 }; // 行政许可 447228 is printed on page 3 of the PDF

    await page.goto(`${siteUrl}?view=agencies`);
    await page.getByTestId('own-banner').waitFor({ timeout: 5000 });
    await page.locator('a, button', { hasText: '淮安市人民政府' }).first().click({ timeout: 5000 });
    await page.locator('h1', { hasText: '淮安市人民政府' }).waitFor({ timeout: 5000 });
    const cell = page.locator('table.official tr', { has: page.locator('th', { hasText: /^行政许可$/ }) }).locator('button').first();
    expect((await cell.textContent({ timeout: 5000 }))?.trim()).toBe('447228');
    await cell.click();
    expect(await page.getByTestId('evidence-page').textContent()).toBe(String(want.page));
    expect(await page.locator('.evidence .source .line').textContent()).toBe(`PDF 第 ${want.page} 页`);
    for (const lang of ['zh', 'en'] as const) {
      if (lang === 'en') await page.getByTestId('lang-switch').click();
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        if (!(await page.locator('.evidence').count())) await cell.click({ timeout: 5000 });
        await page.locator('.evidence').scrollIntoViewIfNeeded({ timeout: 5000 });
        await page.screenshot({ path: `${SHOTS}/import-pdf-agency-${lang}-${width}.png` });
      }
    }
    expect(await page.locator('.evidence .source .line').textContent()).toBe(`PDF page ${want.page}`);
    await page.getByTestId('lang-switch').click();
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('the source panel draws the PDF page itself, from the file kept in this browser, with the line marked', async () => {
    const cell = page.locator('table.official tr', { has: page.locator('th', { hasText: /^行政许可$/ }) }).locator('button').first();
    if (!(await page.locator('.evidence').count())) await cell.click({ timeout: 5000 });
    await page.getByTestId('pdf-page-toggle').click();
    await page.locator('[data-testid="pdf-page"][data-status="ready"]').waitFor({ timeout: 20000 });
    // Drawn: the canvas has dark (text) pixels, and the mark sits over the line's box, inside the page.
    const drawn = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('[data-testid="pdf-page"] canvas')!;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && data[i] < 100) dark++;
      const m = document.querySelector<HTMLElement>('[data-testid="pdf-page-mark"]')!.getBoundingClientRect();
      const p = c.getBoundingClientRect();
      return { dark, inside: m.left >= p.left && m.right <= p.right + 1 && m.top >= p.top && m.bottom <= p.bottom + 1, markHeight: m.height, pageHeight: p.height };
    });
    expect(drawn.dark).toBeGreaterThan(1000);
    expect(drawn.inside).toBe(true);
    expect(drawn.markHeight).toBeGreaterThan(4);
    expect(drawn.markHeight).toBeLessThan(drawn.pageHeight / 10);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.getByTestId('pdf-page-mark').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/import-pdf-page-zh-${width}.png` });
    }
    // In English and dark: the panel names the page in English, and the page is drawn as printed (white paper).
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.locator('nav a[data-view="explore"]').textContent()).toBe('Explore');
    if (!(await page.locator('[data-testid="pdf-page"][data-status="ready"]').count())) {
      if (!(await page.locator('.evidence').count())) await cell.click({ timeout: 5000 });
      await page.getByTestId('pdf-page-toggle').click();
      await page.locator('[data-testid="pdf-page"][data-status="ready"]').waitFor({ timeout: 20000 });
    }
    expect(await page.locator('.evidence').textContent()).toMatch(/page \d/i);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.getByTestId('pdf-page-mark').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/import-pdf-page-en-dark-${width}.png` });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.locator('nav a[data-view="explore"]').textContent()).toBe('探索');
    await page.setViewportSize({ width: 1280, height: 900 });
    if (await page.locator('[data-testid="pdf-page"]').count()) await page.getByTestId('pdf-page-toggle').click();
  });

  it('clearing leaves the site as it was; no errors on the page', async () => {
    await page.getByTestId('import-open').click();
    await page.getByTestId('import-clear').click();
    await page.getByTestId('import-clear-confirm').click();
    await expect.poll(() => page.getByTestId('own-banner').count()).toBe(0);
    expect(site.errors).toEqual([]);
  });
});
