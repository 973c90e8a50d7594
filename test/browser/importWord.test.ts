/**
 * Word reports in Import reports: the seed fixtures as .docx (one dropped, one inside a .zip)
 * are parsed in the browser's import worker, whose Word reader (mammoth) is a chunk of its own
 * fetched only then; a .doc and an image dropped with them get their line saying what to do,
 * in Chinese and in English. The agency page then shows the .docx's figures.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './launchChromium';
import { openSite, type SitePage } from './openSite';

const siteUrl = inject('siteUrl');
const SHOTS = 'test-results/screenshots';
const FIXTURES = 'test/fixtures/seeds';
const docx000 = readFileSync(`${FIXTURES}/000_33cbb0de23e7a3a9.docx`);
const docx001 = readFileSync(`${FIXTURES}/001_6d48f98caee9bd35.docx`);
/** Synthetic: an OLE compound file naming a WordDocument stream, as a .doc is. */
const doc = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array(504).fill(0), ...[...'WordDocument'].flatMap((c) => [c.charCodeAt(0), 0])]);
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 13]);
const files = [
  { name: '济源2021.docx', base64: docx000.toString('base64') },
  { name: 'reports.zip', base64: Buffer.from(zipSync({ '2020/001.docx': new Uint8Array(docx001) })).toString('base64') },
  { name: '旧版年报.doc', base64: doc.toString('base64') },
  { name: '表格截图.png', base64: png.toString('base64') },
];

let browser: Browser;
let site: SitePage;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
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

describe('import: Word reports', () => {
  it('the Word reader is not fetched on first load', async () => {
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => /docxToHtml/.test(u))).toEqual([]);
  });

  it('a dropped .docx and one in a .zip are read; a .doc and an image say what to do, in Chinese and English', async () => {
    await page.getByTestId('import-open').click();
    await page.getByTestId('import-panel').waitFor();
    await page.getByTestId('import-mode-replace').check();
    await drop('[data-testid="import-drop"]', files);
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.textContent()).toMatch(/^你导入的 4 个文件：2 份已加入.*2 个无法读取。/);
    expect(requests.filter((u) => /docxToHtml/.test(u))).toHaveLength(1);
    const outcomes = page.getByTestId('import-outcomes').locator('li');
    const texts = async () => Object.fromEntries(await outcomes.evaluateAll((lis) => lis.map((li) => [li.querySelector('code')!.textContent, li.querySelector('span')!.textContent])));
    expect(await texts()).toEqual({
      '济源2021.docx': expect.stringMatching(/^已读取/),
      'reports.zip/2020/001.docx': expect.stringMatching(/^已读取/),
      '旧版年报.doc': '不读取 Word 97–2003 的 .doc 文件：请另存为 .docx 或 PDF',
      '表格截图.png': '不读取图片（.png，无文字，不做 OCR）：请使用报告的网页、PDF 或 .docx 版本',
    });
    for (const lang of ['zh', 'en'] as const) {
      if (lang === 'en') await page.getByTestId('lang-switch').click();
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.getByTestId('import-outcomes').scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${SHOTS}/import-word-${lang}-${width}.png`, fullPage: width === 390 });
      }
    }
    expect((await texts())['旧版年报.doc']).toBe('Word 97–2003 .doc is not read: save it as .docx or PDF');
    await page.getByTestId('lang-switch').click();
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('the agency page shows the .docx report\'s figures (行政许可 1370)', async () => {
    await page.goto(`${siteUrl}?view=agencies`);
    await page.getByTestId('own-banner').waitFor();
    await page.locator('a, button', { hasText: '济源示范区公安局' }).first().click();
    await page.locator('h1', { hasText: '济源示范区公安局' }).waitFor();
    const row = page.locator('table.official tr', { has: page.locator('th', { hasText: /^行政许可$/ }) }).locator('button');
    expect((await row.first().textContent())?.trim()).toBe('1370');
  });

  it('clearing leaves the site as it was; no errors on the page', async () => {
    await page.getByTestId('import-open').click();
    await page.getByTestId('import-clear').click();
    await page.getByTestId('import-clear-confirm').click();
    await expect.poll(() => page.getByTestId('own-banner').count()).toBe(0);
    expect(site.errors).toEqual([]);
  });
});
