/**
 * Trends on real data (issue 14): a site built from the 26 crawled reports of 平潭综合实验区
 * (../shared/corpus/crawled). Explore draws the police bureau's new requests as one connected
 * line over at least four years (a year without a report or without tables is bridged, dashed),
 * with the rule of the 2021 template change and its note; the agency page's "Key figures over the
 * years" has every year; Compare puts the two departments side by side. Screenshots at 390 and
 * 1280 px, in Chinese and English, go to test-results/screenshots/trends-*.png.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest, ManifestFile } from '../../src/lib/data/types';
import { unpackManifest } from '../../src/lib/data/unpackManifest';
import { hasShared, SHARED } from '../seedTruth';
import { launchChromium } from './launchChromium';
import { openSite, type SitePage } from './openSite';
import { serveCorpusSite, type CorpusSite } from './serveCorpusSite';

const ok = hasShared('crawled');
const SHOTS = 'test-results/screenshots';
let browser: Browser;
let site: CorpusSite;
let manifest: Manifest;
const opened: SitePage[] = [];
const id = (name: string) => manifest.agencies.find((a) => a.name === name)!.id;

async function open(query: string, width = 1280): Promise<Page> {
  const s = await openSite(browser, site.url + query, width);
  opened.push(s);
  return s.page;
}

beforeAll(async () => {
  if (!ok) return;
  const files = Object.fromEntries(readdirSync(`${SHARED}crawled`).filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(`${SHARED}crawled/${f}`, 'utf8')]));
  site = await serveCorpusSite(files, '/t/', 4183);
  manifest = unpackManifest((await (await fetch(`${site.url}data/manifest.json`)).json()) as ManifestFile);
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe.skipIf(!ok)('trends across years on the crawled reports of 平潭综合实验区', () => {
  it('Explore: the police bureau’s new requests are one connected line over at least four years, with the template-change rule', async () => {
    const police = id('平潭综合实验区公安局');
    const page = await open(`?agencies=${police}`);
    const series = page.locator(`[data-testid="chart"] g.series[data-series="${police}"]`);
    await series.locator('.mark').first().waitFor();
    const years = (await series.locator('.mark').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-year'))))).sort();
    expect(years.length).toBeGreaterThanOrEqual(4);
    // Connected: the solid runs are joined by dashed bridges, one fewer than the runs.
    const d = (await series.locator('path:not(.bridge)').evaluateAll((els) => els.map((e) => e.getAttribute('d') ?? '').join(''))) ?? '';
    const bridge = await series.locator('path.bridge').evaluateAll((els) => els.map((e) => e.getAttribute('d') ?? '').join(''));
    const runs = (d.match(/M/g) ?? []).length;
    expect((bridge.match(/M/g) ?? []).length).toBe(runs - 1);
    expect(await page.getByTestId('template-rule').count()).toBe(1);
    expect(await page.getByTestId('template-rule-note').textContent()).toBe('2021 年起使用新版表格');

    // Tooltip: the change against the previous report, and the template note when it spans 2021.
    const first2021 = page.locator(`[data-testid="chart"] .mark[data-year="2021"]`);
    await first2021.focus();
    expect(await page.getByTestId('tooltip-change').textContent()).toMatch(/^较 2019 年 [+-−]?\d/);
    expect(await page.getByTestId('tooltip-template-change').count()).toBe(1);

    // The data table: the rule's note in the caption, and changes under the values.
    await page.locator('details.table-alt summary').click();
    expect(await page.getByTestId('table-template-change').textContent()).toContain('2021 年起使用新版表格');
    expect(await page.getByTestId('table-change').count()).toBeGreaterThan(0);
    for (const w of [1280, 390]) {
      await page.setViewportSize({ width: w, height: 900 });
      await page.screenshot({ path: `${SHOTS}/trends-explore-zh-${w}.png`, fullPage: true });
    }
  });

  it('Explore in English, as an index and as change: the rule’s note in English, the mode in the URL', async () => {
    const police = id('平潭综合实验区公安局');
    const page = await open(`?lang=en&agencies=${police},${id('平潭综合实验区')}`);
    await page.locator('[data-testid="chart"] .mark').first().waitFor();
    expect(await page.getByTestId('template-rule-note').textContent()).toBe('New table template from 2021');
    await page.locator('button[data-mode="index"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('mode')).toBe('index');
    expect(await page.getByTestId('mode-note').textContent()).toContain('100');
    for (const w of [1280, 390]) {
      await page.setViewportSize({ width: w, height: 900 });
      await page.screenshot({ path: `${SHOTS}/trends-explore-index-en-${w}.png`, fullPage: true });
    }
    await page.locator('button[data-mode="change"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('mode')).toBe('change');
    await page.locator('[data-testid="chart"] .mark').first().waitFor();
  });

  it('the agency page’s key figures over the years have every year of the agency', async () => {
    const police = manifest.agencies.find((a) => a.name === '平潭综合实验区公安局')!;
    for (const [lang, w] of [['zh', 1280], ['en', 390]] as const) {
      const page = await open(`?view=agencies&agency=${police.id}${lang === 'en' ? '&lang=en' : ''}`, w);
      const trends = page.locator('section.trends');
      await trends.locator('figure').first().locator('.axis-x text').first().waitFor();
      const first = police.years[0];
      const last = police.years[police.years.length - 1];
      const every = Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
      const labels = await trends.locator('figure').first().locator('.axis-x text').allTextContents();
      if (w === 1280) expect(labels).toEqual(every);
      expect(await trends.getByTestId('template-rule').count()).toBeGreaterThan(0);
      await page.screenshot({ path: `${SHOTS}/trends-agency-${lang}-${w}.png`, fullPage: true });
    }
  });

  it('Compare puts the two departments side by side', async () => {
    const scj = id('平潭综合实验区市场监督管理局');
    const shs = id('平潭综合实验区社会事业局');
    for (const [lang, w] of [['zh', 1280], ['en', 390]] as const) {
      const page = await open(`?view=compare&agencies=${scj},${shs}${lang === 'en' ? '&lang=en' : ''}`, w);
      const table = page.getByTestId('figure-table');
      await table.waitFor();
      const heads = await table.locator('thead th').allTextContents();
      expect(heads.some((h) => h.includes('市场监督管理局'))).toBe(true);
      expect(heads.some((h) => h.includes('社会事业局'))).toBe(true);
      await page.screenshot({ path: `${SHOTS}/trends-compare-${lang}-${w}.png`, fullPage: true });
    }
  });

  it('no console errors, page errors or failed requests', () => {
    expect(opened.flatMap((s) => s.errors)).toEqual([]);
  });
});
