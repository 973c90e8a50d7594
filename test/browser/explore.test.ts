import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatPinyin } from '../../src/lib/i18n/formatPinyin';
import { formatValue } from '../../src/lib/i18n/formatValue';
import { LINE_MAX } from '../../src/lib/explore/calcExploreChart';
import { DEFAULT_METRIC } from '../../src/lib/view/parseView';
import { launchChromium } from './launchChromium';
import { openSite, type SitePage } from './openSite';
import { readDataset } from './readDataset';

const siteUrl = inject('siteUrl');
const ds = readDataset();

let browser: Browser;
const opened: SitePage[] = [];
async function open(query = '', width = 1280): Promise<Page> {
  const site = await openSite(browser, siteUrl + query, width);
  opened.push(site);
  await site.page.getByTestId('chart').waitFor();
  return site.page;
}

/** Non-blank values of a metric per report id. */
function valuesOf(key: string, year?: number) {
  const f = ds.metric(key);
  return ds.manifest.reports.flatMap((r, i) => (f.values[i] !== null && (year === undefined || r.year === year) ? [{ report: r, value: f.values[i]!, i }] : []));
}

const marks = (page: Page) => page.locator('[data-testid="chart"] .mark');
const markValues = async (page: Page) => (await marks(page).evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))))).sort((a, b) => a - b);

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Agencies drawn by the chart, in order. */
const drawn = (page: Page) => page.locator('[data-testid="chart"] g.series').evaluateAll((els) => els.map((e) => e.getAttribute('data-series')!));

describe('Explore (sample corpus)', () => {
  it('line chart: the agencies with the most years of values, one point per agency-year with a value, values as in the metric file, and a table with the same numbers', async () => {
    const page = await open();
    await expect.poll(() => marks(page).count()).toBeGreaterThan(0);
    const agencies = await drawn(page);
    expect(agencies.length).toBeGreaterThan(0);
    expect(agencies.length).toBeLessThanOrEqual(LINE_MAX);
    const all = valuesOf(DEFAULT_METRIC);
    const years = (id: string) => new Set(all.filter((x) => x.report.agency === id).map((x) => x.report.year)).size;
    const notDrawn = ds.manifest.agencies.filter((a) => !agencies.includes(a.id));
    for (const a of notDrawn) expect(years(a.id)).toBeLessThanOrEqual(Math.min(...agencies.map(years)));
    const expected = all.filter((x) => agencies.includes(x.report.agency));
    await expect.poll(() => marks(page).count()).toBe(expected.length);
    expect(await markValues(page)).toEqual(expected.map((x) => x.value).sort((a, b) => a - b));

    await page.locator('details.table-alt summary').click();
    const table = page.getByTestId('series-table');
    expect(await table.locator('tbody tr').count()).toBe(agencies.length);
    for (const { report, value } of expected) {
      const row = table.locator('tbody tr', { has: page.getByRole('rowheader', { name: ds.agencyOf(report.id).name, exact: true }) });
      expect((await row.locator(`td[data-year="${report.year}"] [data-testid="cell-value"]`).textContent())?.trim()).toBe(formatValue(value, 'count', 'zh'));
    }
    expect(await page.getByTestId('chart-summary').textContent()).toContain('新收申请');
  });

  it('in English the chart summary names the agency with the highest value with its pinyin (issue 15, defect 11)', async () => {
    for (const query of ['?lang=en', '?lang=en&chart=ranked']) {
      const page = await open(query);
      const top = [...valuesOf(DEFAULT_METRIC)].filter((x) => query.includes('ranked') ? x.report.year === Math.max(...valuesOf(DEFAULT_METRIC).map((v) => v.report.year!)) : true).sort((a, b) => b.value - a.value)[0];
      const agency = ds.agencyOf(top.report.id);
      const summary = (await page.getByTestId('chart-summary').textContent())!.replace(/[\u2068\u2069]/g, '');
      expect(summary, query).toContain(`${agency.name} (${formatPinyin(agency.pinyin)})`);
    }
  });

  it('keyboard focus on a point shows its exact value, and the failed checks of its report', async () => {
    const flagged = valuesOf(DEFAULT_METRIC).find((x) => x.report.failedChecks.includes('cells.complete'))!;
    const page = await open(`?agencies=${flagged.report.agency}`);
    const mark = page.locator(`[data-testid="chart"] .mark[data-value="${flagged.value}"][data-year="${flagged.report.year}"]`).first();
    await mark.focus();
    expect((await page.getByTestId('tooltip-value').textContent())?.trim()).toBe(formatValue(flagged.value, 'count', 'zh'));
    expect(await page.getByTestId('tooltip-checks').textContent()).toContain('有空白单元格');
    await mark.blur();
    await expect.poll(() => page.getByTestId('tooltip-value').count()).toBe(0);
  });

  it('hovering a channel point shows 约, the report\'s wording of the channel', async () => {
    const f = ds.metric('channels.weibo.posts');
    const i = f.approximate!.findIndex((a, k) => a && f.values[k] !== null);
    const page = await open('?metric=channels.weibo.posts');
    const mark = page.locator(`[data-testid="chart"] .mark[data-value="${f.values[i]}"]`).first();
    await mark.hover();
    const tip = page.locator('.tooltip');
    expect(await tip.textContent()).toContain('约');
    const label = f.labels![i]!;
    const text = (await tip.textContent())!;
    expect(text).toContain(/[“”]/.test(label) ? label : `“${label}”`);
    // The report's own quotation marks are not doubled by the tooltip's.
    if (!/““|””/.test(label)) expect(text).not.toMatch(/““|””/);
  });

  it('a metric the catalogue does not have is said so, not silently replaced by the default', async () => {
    const page = await open('?metric=does.not.exist');
    await page.getByTestId('chart').locator('.mark').first().waitFor();
    const notes = await page.getByTestId('chart-note').allTextContents();
    expect(notes.some((n) => n.includes('does.not.exist') && n.includes(ds.manifest.metrics.find((m) => m.key === DEFAULT_METRIC)!.label.zh))).toBe(true);
    const en = await open('?metric=does.not.exist&lang=en');
    await en.getByTestId('chart').locator('.mark').first().waitFor();
    expect((await en.getByTestId('chart-note').allTextContents()).join(' ')).toContain('does not exist (does.not.exist)');
  });

  it('ranked chart for 2021: one bar per agency with a value that year, largest first', async () => {
    const page = await open('?chart=ranked&year=2021');
    const expected = valuesOf(DEFAULT_METRIC, 2021).map((x) => x.value).sort((a, b) => b - a);
    await expect.poll(() => marks(page).count()).toBe(expected.length);
    expect(await marks(page).evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))))).toEqual(expected);
    await page.locator('details.table-alt summary').click();
    expect(await page.getByTestId('ranked-table').locator('tbody tr').count()).toBe(expected.length);
  });

  it('small multiples: one panel per agency', async () => {
    const page = await open('?chart=multiples');
    const expected = valuesOf(DEFAULT_METRIC);
    await expect.poll(() => page.locator('[data-panel]').count()).toBe(new Set(expected.map((x) => x.report.agency)).size);
    expect(await markValues(page)).toEqual(expected.map((x) => x.value).sort((a, b) => a - b));
  });

  it('a one-template metric says so and shows only its years; a derived rate states its formula', async () => {
    const only2019 = ds.manifest.metrics.find((m) => m.templates.length === 1 && m.templates[0] === '2019' && m.count > 0)!;
    const page = await open(`?metric=${only2019.key}`);
    expect(await page.getByTestId('template-note').textContent()).toContain('2019');
    const years = await page.locator('.axis-x text').allTextContents();
    expect(years.every((y) => Number(y) <= 2020)).toBe(true);

    const derived = await open('?metric=derived.grantedShare');
    expect(await derived.locator('.formula').textContent()).toContain('÷');
  });

  it('picking metric, chart, agencies (by pinyin initials) and years goes into the URL, and a reload gives the same view', async () => {
    const page = await open();
    await page.locator('button[data-group="review"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('metric')).toMatch(/^review\./);
    await page.getByTestId('column-select').selectOption('review.corrected');
    await page.getByTestId('agency-search').fill('bjs');
    const baoji = ds.manifest.agencies.find((a) => a.name === '宝鸡市公安局')!;
    await page.locator(`[data-testid="agency-results"] button[data-agency="${baoji.id}"]`).click();
    await page.locator('button[data-chart="multiples"]').click();
    const first = ds.manifest.years[0];
    await page.getByTestId('year-from').selectOption(String(first));
    await page.getByTestId('year-to').selectOption('2021');
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ metric: 'review.corrected', agencies: baoji.id, years: `${first}-2021`, chart: 'multiples' });

    await page.reload();
    await page.getByTestId('chart').waitFor();
    expect(page.url()).toBe(url.href);
    expect(await page.getByTestId('column-select').inputValue()).toBe('review.corrected');
    expect(await page.locator('.chips li').first().textContent()).toContain('宝鸡市公安局');
    expect(await page.locator('button[data-chart="multiples"]').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.locator('[data-panel]').count()).toBe(1);

    // Back: the year range before the last pick (the first year to the last is every year, the default).
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('years')).toBeNull();
    expect(new URL(page.url()).searchParams.get('chart')).toBe('multiples');
  });

  it('the language switch turns the interface and metric labels to English and back, in the URL', async () => {
    const page = await open();
    // Each language's strings are a chunk of their own, fetched when the language is first shown.
    const bundles = () => page.evaluate(() => performance.getEntriesByType('resource').flatMap((e) => /stringsBundle(Zh|En)/.exec(e.name)?.[1] ?? []));
    expect(await bundles()).toEqual(['Zh']);
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.locator('nav a[data-view="explore"]').textContent()).toBe('Explore');
    expect(await bundles()).toEqual(['Zh', 'En']);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(await page.locator('#chart-title').textContent()).toBe(ds.manifest.metrics.find((m) => m.key === DEFAULT_METRIC)!.label.en);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await page.getByTestId('chart').waitFor();
    expect(await page.locator('nav a[data-view="compare"]').textContent()).toBe('Compare');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.locator('nav a[data-view="explore"]').textContent()).toBe('探索');
    expect(page.url()).toBe(siteUrl);
  });

  it('no console errors, page errors or failed requests', () => {
    expect(opened.flatMap((s) => s.errors)).toEqual([]);
  });
});
