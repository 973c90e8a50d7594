/**
 * The embed page in a host page (a file this test writes into dist/ beside embed.html): the
 * iframe follows the chart's height through postMessage + embed-resize.js, also when the width
 * changes; options (theme, language, controls) apply; screenshots at phone and desktop width.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './launchChromium';
import { openSite, type SitePage } from './openSite';
import { readDataset } from './readDataset';
import { DEFAULT_METRIC } from '../../src/lib/view/parseView';

const siteUrl = inject('siteUrl');
const ds = readDataset();
const SHOTS = 'test-results/screenshots';
const HOST = 'dist/embed-host.test.html';

let browser: Browser;
const opened: SitePage[] = [];

function writeHost(src: string, withScript = true) {
  writeFileSync(
    HOST,
    `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>host</title></head>` +
      `<body style="margin:0;font-family:serif"><p>Article text before the chart.</p>` +
      `<iframe id="chart" data-gov-disclosure-embed src="${src}" title="chart" style="width:100%;min-height:150px;border:0"></iframe>` +
      `<p>Article text after the chart.</p>${withScript ? '<script src="./embed-resize.js"></script>' : ''}</body></html>`,
  );
}

async function openHost(width: number, markState: 'visible' | 'attached' = 'visible'): Promise<{ page: Page; frame: Frame }> {
  const site = await openSite(browser, `${siteUrl}embed-host.test.html`, width);
  opened.push(site);
  const handle = await site.page.waitForSelector('#chart');
  const frame = (await handle.contentFrame())!;
  await frame.getByTestId('chart').locator('.mark').first().waitFor({ state: markState });
  return { page: site.page, frame };
}

const iframeHeight = (page: Page) => page.evaluate(() => document.getElementById('chart')!.getBoundingClientRect().height);
const contentHeight = (frame: Frame) => frame.evaluate(() => document.querySelector('.embed-root')!.getBoundingClientRect().height);

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  rmSync(HOST, { force: true });
});

describe('embed page', () => {
  it('in a host page, the iframe takes the height of the chart and follows it when the viewport width changes', async () => {
    writeHost('./embed.html?chart=multiples');
    const { page, frame } = await openHost(1280);
    await expect.poll(async () => Math.abs((await iframeHeight(page)) - Math.ceil(await contentHeight(frame))), { timeout: 10_000 }).toBeLessThanOrEqual(1);
    const wide = await iframeHeight(page);

    await page.setViewportSize({ width: 390, height: 800 });
    await expect.poll(async () => Math.abs((await iframeHeight(page)) - Math.ceil(await contentHeight(frame))), { timeout: 10_000 }).toBeLessThanOrEqual(1);
    const narrow = await iframeHeight(page);
    // Small multiples wrap into more rows on a phone: the iframe must grow with them.
    expect(narrow).toBeGreaterThan(wide + 50);
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);
    await page.screenshot({ path: `${SHOTS}/embed-host-390.png`, fullPage: true });
  });

  it('without the host script the iframe keeps its own min-height and the chart scrolls inside, nothing breaks', async () => {
    writeHost('./embed.html', false);
    const { page, frame } = await openHost(1280);
    expect(await iframeHeight(page)).toBe(150);
    expect(await frame.getByTestId('embed-title').textContent()).toBe(ds.manifest.metrics.find((m) => m.key === DEFAULT_METRIC)!.label.zh);
  });

  it('with no parameters: the default metric as a line chart, source line with the data version, link back to the same view', async () => {
    const site = await openSite(browser, `${siteUrl}embed.html`, 800);
    opened.push(site);
    const { page } = site;
    await page.getByTestId('chart').locator('.mark').first().waitFor();
    expect(await page.getByTestId('chart').getAttribute('data-chart')).toBe('line');
    const source = (await page.getByTestId('embed-source').textContent())!;
    expect(source).toContain(`数据版本 ${ds.manifest.inputsSha256.replace('sha256:', '').slice(0, 8)}`);
    const back = await page.getByTestId('embed-dashboard-link').getAttribute('href');
    expect(back).toBe(siteUrl);
    expect(site.errors).toEqual([]);
  });

  it('options: dark theme, English, controls hidden; the chart is the one the URL names', async () => {
    const site = await openSite(browser, `${siteUrl}embed.html?lang=en&chart=ranked&theme=dark&controls=0`, 600);
    opened.push(site);
    const { page } = site;
    await page.getByTestId('chart').locator('.mark').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 23, 26)');
    expect(await page.getByTestId('embed-controls').count()).toBe(0);
    expect(await page.getByTestId('chart').getAttribute('data-chart')).toBe('ranked');
    expect(await page.getByTestId('embed-source').textContent()).toContain('data version');
    // Only the reader's language is fetched (the embed's JS budget has no room for both).
    expect(await page.evaluate(() => performance.getEntriesByType('resource').flatMap((e) => /stringsBundle(Zh|En)/.exec(e.name)?.[1] ?? []))).toEqual(['En']);
    const back = await page.getByTestId('embed-dashboard-link').getAttribute('href');
    expect(back).toBe(`${siteUrl}?lang=en&chart=ranked`);
  });

  it('a Compare view embeds its three charts with the compared reports\' values, and reports its height to a host page', async () => {
    const agencies = ds.manifest.agencies.slice(0, 3).map((a) => a.id);
    const query = `?view=compare&agencies=${agencies.join(',')}`;
    for (const width of [390, 1280]) {
      const site = await openSite(browser, `${siteUrl}embed.html${query}${width === 390 ? '&lang=en' : ''}`, width);
      opened.push(site);
      const { page } = site;
      const chart = page.getByTestId('chart');
      // A bar of 0 has no width: wait for it to exist, not to be visible.
      await chart.locator('.mark').first().waitFor({ state: 'attached' });
      expect(await chart.getAttribute('data-chart')).toBe('compare');
      // Grouped bars: one bar per agency and key figure, values as in the reports.
      const latest = agencies.map((id) => ds.manifest.reports.filter((r) => r.agency === id).at(-1)!);
      const newReceived = latest.map((e) => ds.report(e.id).applications.newReceived.total);
      const bars = await chart.locator('rect[data-group="applications.newReceived.total"]').evaluateAll((els) => els.map((e) => [Number(e.getAttribute('data-agency')), Number(e.getAttribute('data-value'))]));
      // A blank value has no bar (never a bar of 0).
      expect(bars).toEqual(newReceived.flatMap((v, i) => (v === null ? [] : [[i, v]])));
      // The colour key: one entry per agency, its swatch in the colour of that agency's bars.
      const key = page.getByTestId('compare-agency-key');
      expect(await key.locator('li').count()).toBe(agencies.length);
      const swatches = await key.locator('.swatch').evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
      const barColors = await chart.locator('rect[data-group]').evaluateAll((els) => els.map((e) => [Number(e.getAttribute('data-agency')), getComputedStyle(e).fill] as const));
      expect(barColors.length).toBeGreaterThan(0);
      for (const [agency, fill] of barColors) expect(fill).toBe(swatches[agency]);
      expect(new Set(swatches).size).toBe(agencies.length);
      expect((await key.locator('li').allTextContents()).map((x) => x.trim())).toEqual(latest.map((e) => `\u2068${ds.manifest.agencies.find((a) => a.id === e.agency)!.name}\u2069 ${e.year}`)); // the name isolated: the year stays after it
      // The source names the compared reports; each with a known address links to its original (issue 15, defect 11).
      const links = await page.getByTestId('embed-source-link').evaluateAll((els) => els.map((e) => [e.textContent, e.getAttribute('href')]));
      const withUrl = latest.filter((e) => e.url);
      expect(withUrl.length).toBeGreaterThan(0);
      expect(links.map(([, href]) => href)).toEqual(expect.arrayContaining(withUrl.map((e) => e.url!)));
      expect(links).toHaveLength(withUrl.length);
      for (const e of latest) expect((await page.getByTestId('embed-source').textContent())!.replace(/[\u2068\u2069]/g, '')).toContain(`${e.name}${width === 390 ? ' (' : ` ${e.year} 年度`}`);
      // The link back opens the same comparison in the dashboard (the URL's own parameter order).
      const back = new URL((await page.getByTestId('embed-dashboard-link').getAttribute('href'))!);
      expect(back.pathname + '/').toContain(new URL(siteUrl).pathname);
      expect(Object.fromEntries(back.searchParams)).toEqual({ view: 'compare', agencies: agencies.join(','), ...(width === 390 ? { lang: 'en' } : {}) });
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await page.screenshot({ path: `${SHOTS}/embed-compare-${width === 390 ? 'en' : 'zh'}-${width}.png`, fullPage: true });
      expect(site.errors).toEqual([]);
    }
    writeHost(`./embed.html${query}`);
    const { page, frame } = await openHost(800, 'attached');
    await expect.poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(frame)))).toBeLessThan(3);
  });

  // The code as the share panel gives it, pasted into a page that strips scripts (many CMSs do):
  // its height ladder alone must fit the chart at every width, neither cut off nor with a gap.
  for (const [name, query] of [
    ['Explore', '?chart=line'],
    ['Compare', `?view=compare&agencies=${ds.manifest.agencies.slice(0, 3).map((a) => a.id).join(',')}`],
  ] as const) {
    it(`${name}: the embed code without the host script fits the content at 358, 720 and 1280 px (within 2 %, no inner scrollbar); the iframe has a title`, async () => {
      const site = await openSite(browser, `${siteUrl}${query}`, 1280);
      opened.push(site);
      await site.page.getByTestId('share-panel').locator('summary').click();
      const codeBox = site.page.getByTestId('embed-code');
      await expect.poll(() => codeBox.getAttribute('data-heights'), { timeout: 60_000 }).toBe('measured');
      const code = await codeBox.inputValue();
      expect(code).toMatch(/<iframe [^>]*title="[^"]+"/);
      const html = code.replace(/<script[^>]*><\/script>/, '');
      expect(html).not.toContain('<script');
      writeFileSync(
        HOST,
        `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>host</title></head>` +
          `<body style="font-family:serif"><p>Article text before the chart.</p>${html.replace('<iframe ', '<iframe id="chart" ')}<p>Article text after the chart.</p></body></html>`,
      );
      for (const width of [358, 720, 1280]) {
        const { page, frame } = await openHost(width, 'attached');
        await frame.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
        const box = await iframeHeight(page);
        const content = await contentHeight(frame);
        expect({ width, box: Math.abs(box - content) / content <= 0.02 }).toEqual({ width, box: true });
        expect({ width, noScrollbar: await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight) }).toEqual({ width, noScrollbar: true });
        if (width === 358) await page.screenshot({ path: `${SHOTS}/embed-noscript-${name}-358.png`, fullPage: true });
      }
      expect(site.errors).toEqual([]);
    });
  }

  it('with the host script, an iframe in the embed code\'s box follows the chart through the box', async () => {
    writeFileSync(
      HOST,
      `<!doctype html><html><head><meta charset="utf-8"><title>host</title></head><body>` +
        `<div data-gov-disclosure-embed-box style="position:relative;width:100%;padding-top:150px"><iframe id="chart" data-gov-disclosure-embed src="./embed.html?chart=multiples" title="chart" style="position:absolute;top:0;left:0;width:100%;height:100%;border:0"></iframe></div>` +
        `<script src="./embed-resize.js"></script></body></html>`,
    );
    const { page, frame } = await openHost(1280);
    await expect.poll(async () => Math.abs((await iframeHeight(page)) - Math.ceil(await contentHeight(frame))), { timeout: 10_000 }).toBeLessThanOrEqual(1);
  });

  for (const lang of ['zh', 'en'] as const) {
    for (const width of [390, 1280]) {
      it(`screenshot of the embed page at ${width} px in ${lang}, no horizontal overflow`, async () => {
        const site = await openSite(browser, `${siteUrl}embed.html${lang === 'en' ? '?lang=en' : ''}`, width);
        opened.push(site);
        const { page } = site;
        await page.getByTestId('chart').locator('.mark').first().waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        await page.screenshot({ path: `${SHOTS}/embed-${lang}-${width}.png`, fullPage: true });
        expect(site.errors).toEqual([]);
      });
    }
  }
});
