/**
 * Zip bombs dropped on Import reports: two SYNTHETIC PDFs (test/factories/makeBombPdf.ts, a few
 * tens of KB each) whose streams inflate past the bound — one stream past 64 MB, and streams under
 * it passing 256 MB together — are declined in the import worker with their one line, named in
 * the summary's list, while the two seed PDFs dropped with them are imported.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { makeBombPdf } from '../factories/makeBombPdf';
import { launchChromium } from './launchChromium';
import { openSite, type SitePage } from './openSite';

const siteUrl = inject('siteUrl');
const MB = 1048576;
const SEEDS = ['000_33cbb0de23e7a3a9.pdf', '001_6d48f98caee9bd35.pdf'];

let browser: Browser;
let site: SitePage;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  site = await openSite(browser, siteUrl);
  page = site.page;
});
afterAll(async () => {
  await browser?.close();
});

async function drop(list: { name: string; bytes: Uint8Array }[]) {
  const files = list.map((f) => ({ name: f.name, base64: Buffer.from(f.bytes).toString('base64') }));
  const dt = await page.evaluateHandle((fs) => {
    const t = new DataTransfer();
    for (const f of fs) t.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name));
    return t;
  }, files);
  await page.dispatchEvent('[data-testid="import-drop"]', 'drop', { dataTransfer: dt });
}

describe('import: PDF zip bombs', () => {
  it('each bomb is named with its error in the summary; the other files of the drop are imported', async () => {
    await page.getByTestId('import-open').click();
    await page.getByTestId('import-panel').waitFor();
    await page.getByTestId('import-mode-replace').check();
    await drop([
      { name: 'bomb.pdf', bytes: makeBombPdf({ contents: [64 * MB + 1] }) },
      { name: 'many.pdf', bytes: makeBombPdf({ contents: [60 * MB, 60 * MB, 60 * MB, 60 * MB, 60 * MB] }) },
      ...SEEDS.map((name) => ({ name, bytes: readFileSync(`test/fixtures/seeds/${name}`) })),
    ]);
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 120_000 });
    expect(await summary.textContent()).toMatch(/你导入的 4 个文件：2 份已加入.*2 个无法读取/);
    const outcomes = page.getByTestId('import-outcomes').locator('li');
    const texts = Object.fromEntries(await outcomes.evaluateAll((lis) => lis.map((li) => [li.querySelector('code')!.textContent, li.querySelector('span')!.textContent])));
    expect(texts['bomb.pdf']).toBe('PDF 中有数据流解压后超过 64 MB：未读取');
    expect(texts['many.pdf']).toBe('PDF 的数据流解压后合计超过 256 MB：未读取');
    for (const name of SEEDS) expect(texts[name]).toMatch(/^已读取/);
    // In English, the reader's own line.
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => outcomes.filter({ hasText: 'bomb.pdf' }).locator('span').textContent()).toBe('PDF stream inflates past 64 MB: not read');
    expect(await outcomes.filter({ hasText: 'many.pdf' }).locator('span').textContent()).toBe('PDF streams inflate past 256 MB in all: not read');
    await page.getByTestId('lang-switch').click();
    // Inflating ~400 MB of zeros to find the bounds takes seconds on a loaded machine: more than the suite's 30 s default allows.
  }, 150_000);

  it('clearing leaves the site as it was; no errors on the page', async () => {
    await page.getByTestId('import-clear').click();
    await page.getByTestId('import-clear-confirm').click();
    await expect.poll(() => page.getByTestId('own-banner').count()).toBe(0);
    expect(site.errors).toEqual([]);
  });
});
