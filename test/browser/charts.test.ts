/**
 * Journalist-ready charts (issue 15, part B) on the seed site: the ranked chart never shows an
 * agency nobody picked and says who is missing; touch needs two taps; the English tab bar fits a
 * phone; a metric change on a phone keeps the chart on screen; axes name their unit with one
 * number style; colours follow the agency; legend hiding, highlight, log scale, table search and
 * sort; the journalist's own words travel in the URL to the embed.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './launchChromium';
import { openSite, type SitePage } from './openSite';
import { readDataset } from './readDataset';

const siteUrl = inject('siteUrl');
const ds = readDataset();
const idOf = (name: string) => ds.manifest.agencies.find((a) => a.name === name)!.id;
const yearsOf = (id: string) => ds.manifest.reports.filter((r) => r.agency === id).map((r) => r.year!);

let browser: Browser;
const opened: SitePage[] = [];
async function open(query = '', width = 1280): Promise<Page> {
  const site = await openSite(browser, siteUrl + query, width);
  opened.push(site);
  await site.page.getByTestId('chart').waitFor();
  return site.page;
}
const marks = (page: Page) => page.locator('[data-testid="chart"] .mark');

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('charts for journalists (seed data)', () => {
  it('ranked chart with picked agencies: only them, the latest year they have, only their years offered, and who is missing', async () => {
    const baoji = idOf('宝鸡市公安局');
    const jiyuan = idOf('济源示范区公安局');
    const latest = Math.max(...yearsOf(baoji), ...yearsOf(jiyuan));
    const page = await open(`?chart=ranked&agencies=${baoji},${jiyuan}`);
    await expect.poll(() => marks(page).count()).toBe(1);
    expect(await marks(page).first().getAttribute('data-agency')).toBe(latest === yearsOf(jiyuan)[0] ? jiyuan : baoji);
    expect(await page.getByTestId('ranked-year').inputValue()).toBe(String(latest));
    const offered = (await page.getByTestId('ranked-year').locator('option').allTextContents()).map(Number);
    expect(offered).toEqual([...new Set([...yearsOf(baoji), ...yearsOf(jiyuan)])].sort());
    const notes = (await page.getByTestId('chart-note').allTextContents()).join(' ');
    // The name isolated (U+2068…U+2069): a right-to-left name cannot reorder the note around it.
    expect(notes).toContain(`${latest} 年没有报告：\u2068宝鸡市公安局\u2069`);
    // Nobody picked the agency of the latest year of the whole corpus: it is not drawn.
    const other = ds.manifest.reports.find((r) => r.year === Math.max(...ds.manifest.years))!.agency;
    expect(await page.locator(`.mark[data-agency="${other}"]`).count()).toBe(0);
  });

  it('touch: a first tap shows the tooltip, a second opens the report; the hint does not say hover', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${siteUrl}?lang=en`);
    await page.getByTestId('chart').waitFor();
    const hint = await page.getByTestId('pointer-hint').textContent();
    expect(hint).toContain('Tap');
    expect(hint).not.toMatch(/hover/i);
    const mark = marks(page).first();
    await mark.scrollIntoViewIfNeeded();
    await mark.tap();
    await expect.poll(() => page.getByTestId('tooltip-value').count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('view')).toBeNull();
    await mark.tap();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('agencies');
    await context.close();
  });

  it('English tab bar at 390 px: every tab, Method too, is on screen', async () => {
    const page = await open('?lang=en', 390);
    for (const v of ['explore', 'compare', 'agencies', 'quality', 'method']) {
      const box = (await page.locator(`nav a[data-view="${v}"]`).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
  });

  it.each([
    ['en', 1024],
    ['en', 1280],
    ['en', 1440],
    ['zh', 1280],
  ] as const)('header in %s at %i px: the language switch stays on the row of the import button and the theme', async (lang, width) => {
    const page = await open(lang === 'en' ? '?lang=en' : '', width);
    const mid = async (sel: string) => {
      const b = (await page.locator(sel).boundingBox())!;
      return b.y + b.height / 2;
    };
    const row = await mid('[data-testid="import-open"]');
    expect(Math.abs((await mid('[data-testid="lang-switch"]')) - row)).toBeLessThan(4);
    expect(Math.abs((await mid('[data-testid="theme-switch"]')) - row)).toBeLessThan(4);
  });

  it('on a phone, changing the metric below the chart brings the chart back on screen', async () => {
    const page = await open('', 390);
    const group = page.locator('button[data-group="review"]');
    await group.scrollIntoViewIfNeeded();
    expect((await page.getByTestId('chart').boundingBox())!.y).toBeLessThan(0);
    await group.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('metric')).toMatch(/^review\./);
    await expect.poll(async () => (await page.locator('#chart-title').boundingBox())!.y).toBeGreaterThanOrEqual(-1);
    expect((await page.locator('#chart-title').boundingBox())!.y).toBeLessThan(800);
  });

  it.each(['zh', 'en'])('%s: the value axis names its unit and writes every tick in one style', async (lang) => {
    const page = await open(`?lang=${lang}&metric=active.fees.amountWanYuan`);
    await page.getByTestId('axis-unit').waitFor();
    expect(await page.getByTestId('axis-unit').textContent()).toBe(lang === 'zh' ? '万元' : 'yuan (¥)');
    const ticks = (await page.locator('.axis-y text').allTextContents()).filter((x) => x !== '0');
    const suffix = (s: string) => s.replace(/[\d.,−-]/g, '');
    expect(new Set(ticks.map(suffix)).size).toBe(1);
    expect(ticks.join(' ')).not.toContain('×10k');
  });

  it('an agency keeps its colour whatever the pick order', async () => {
    const [a, b] = ds.manifest.agencies.map((x) => x.id);
    const colour = async (q: string) => {
      const page = await open(q);
      return page.locator(`g.series[data-series="${a}"] path`).evaluate((e) => getComputedStyle(e).stroke);
    };
    expect(await colour(`?agencies=${a},${b}`)).toBe(await colour(`?agencies=${b},${a}`));
  });

  it('legend: pressing an entry hides its line (in the URL), pressing again shows it', async () => {
    const page = await open();
    const before = await marks(page).count();
    const entry = page.getByTestId('legend').locator('button').first();
    const key = await entry.getAttribute('data-series');
    await entry.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('hide')).toBe(key);
    expect(await entry.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => page.locator(`g.series[data-series="${key}"]`).count()).toBe(0);
    await entry.click();
    await expect.poll(() => marks(page).count()).toBe(before);
  });

  it('highlight: the chosen line is labelled at its end, the others are muted; log scale ticks are decades', async () => {
    const page = await open('?scale=log');
    const key = await page.locator('g.series').first().getAttribute('data-series');
    await page.getByTestId('highlight').selectOption(key!);
    await expect.poll(() => page.getByTestId('end-label').count()).toBe(1);
    expect(await page.locator('g.series.muted').count()).toBe((await page.locator('g.series').count()) - 1);
    const ticks = await page.locator('.axis-y text').allTextContents();
    expect(ticks).toContain('1');
    expect(ticks).toContain('10');
    expect((await page.getByTestId('chart-note').allTextContents()).join(' ')).toContain('对数');
  });

  it('table view: search keeps matching agencies, a column heading sorts', async () => {
    const page = await open('?chart=multiples');
    await page.locator('details.table-alt summary').click();
    const table = page.getByTestId('series-table');
    const rows = () => table.locator('tbody th').allTextContents();
    const all = await rows();
    await page.locator('[data-sort="name"]').click();
    expect(await rows()).toEqual([...all].sort((x, y) => x.localeCompare(y, 'zh-CN')));
    const search = page.getByTestId('table-search');
    if (await search.count()) {
      await search.fill('公安局');
      expect((await rows()).every((n) => n.includes('公安局'))).toBe(true);
    }
  });

  it('own words from the share panel go into the URL, and the embed of that URL shows them', async () => {
    const page = await open();
    await page.getByTestId('share-panel').locator('summary').click();
    await page.getByTestId('own-title-input').fill('依申请公开 “翻倍” <b>x</b>');
    await page.getByTestId('own-title-input').press('Enter');
    await page.getByTestId('own-byline-input').fill('记者 张三');
    await page.getByTestId('own-byline-input').press('Tab');
    await page.getByTestId('annotation-text').fill('新模板');
    await page.getByTestId('annotation-text').press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('byline')).toBe('记者 张三');
    const params = new URL(page.url()).searchParams;
    expect(params.get('title')).toBe('依申请公开 “翻倍” <b>x</b>');
    expect(params.get('annText')).toBe('新模板');
    expect(await page.locator('#chart-title').textContent()).toBe('依申请公开 “翻倍” <b>x</b>');
    await expect.poll(() => page.getByTestId('annotation').textContent()).toBe('新模板');

    const embed = await openSite(browser, `${siteUrl}embed.html${new URL(page.url()).search}`, 640);
    opened.push(embed);
    await embed.page.getByTestId('embed-title').waitFor();
    await expect.poll(() => embed.page.getByTestId('embed-title').textContent()).toBe('依申请公开 “翻倍” <b>x</b>');
    expect(await embed.page.locator('[data-testid="embed-title"] b').count()).toBe(0);
    expect(await embed.page.getByTestId('embed-byline').textContent()).toBe('记者 张三');
    await expect.poll(() => embed.page.getByTestId('annotation').count()).toBe(1);
  });

  it('no console errors, page errors or failed requests', () => {
    expect(opened.flatMap((s) => s.errors)).toEqual([]);
  });
});
