/**
 * The agency page in English and its prose figures: no Chinese interface words (Chinese only in
 * elements marked lang="zh": agency and place names, official table labels, quoted source text),
 * the agency name glossed in pinyin, channel figures and prose request counts shown with their
 * source lines, the original report linked (meta.csv url). Screenshots at 390 and 1280 px, zh/en,
 * light/dark.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './launchChromium';
import { openSite, type SitePage } from './openSite';
import { readDataset } from './readDataset';
import { serveCorpusSite, type CorpusSite } from './serveCorpusSite';
import { unpackManifest } from '../../src/lib/data/unpackManifest';

const siteUrl = inject('siteUrl');
const ds = readDataset();
const SHOTS = 'test-results/screenshots';

let browser: Browser;
const opened: SitePage[] = [];
async function open(url: string, width = 1280, colorScheme: 'light' | 'dark' = 'light'): Promise<SitePage> {
  const site = await openSite(browser, url, width);
  await site.page.emulateMedia({ colorScheme });
  opened.push(site);
  await site.page.locator('article.report').waitFor();
  return site;
}
const reportUrl = (id: string, lang: 'zh' | 'en', base = siteUrl) => `${base}?view=agencies&report=${encodeURIComponent(id)}${lang === 'en' ? '&lang=en' : ''}`;

/** Text of every visible text node with Chinese characters that is not inside an element marked lang="zh…" (under `root`). */
const chineseOutsideZh = (page: Page, root = 'body') =>
  page.evaluate((root) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.querySelector(root)!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      if (!/[\u3400-\u9fff]/.test(text)) continue;
      const el = n.parentElement!;
      if (el.closest('script,style,template')) continue;
      if (!(el.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('zh')) out.push(text.trim().slice(0, 60));
    }
    for (const el of document.querySelector(root)!.querySelectorAll('[aria-label],[title],[placeholder]'))
      for (const attr of ['aria-label', 'title', 'placeholder']) {
        const v = el.getAttribute(attr);
        if (v && /[\u3400-\u9fff]/.test(v) && !(el.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('zh')) out.push(`${attr}=${v.slice(0, 60)}`);
      }
    return out;
  }, root);

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('agency page in English', () => {
  it.each(ds.manifest.reports.map((r) => [r.name, r.year, r.id]))('%s %s: no Chinese interface words; the name glossed in pinyin', async (_, __, id) => {
    const { page, errors } = await open(reportUrl(id as string, 'en'));
    await page.getByTestId('prose-figures').waitFor();
    // Open what opens: the passed checks and a number's evidence panel.
    await page.locator('.checks details summary').first().click().catch(() => {});
    await page.locator('table.official button').first().click();
    await page.locator('aside.evidence').waitFor();
    expect(await chineseOutsideZh(page)).toEqual([]);
    expect(await page.getByTestId('agency-pinyin').textContent()).toMatch(/^[A-Z][a-z]+( [A-Z0-9][a-z0-9]*)+$/);
    // Every seed agency has a region: romanised beside the Chinese, smallest part first.
    expect(await page.getByTestId('agency-region-en').textContent()).toMatch(/^\((([A-Z][a-z']+ )+(District|County|City|Province)(, )?)+\)$/);
    expect(errors).toEqual([]);
  });

  it('the agency list in English glosses names in pinyin and has no Chinese interface words', async () => {
    const site = await openSite(browser, `${siteUrl}?view=agencies&lang=en`);
    opened.push(site);
    await site.page.locator('.agency-list li').first().waitFor();
    expect(await chineseOutsideZh(site.page)).toEqual([]);
    const where = await site.page.locator('.agency-list li > .muted').allTextContents();
    expect(where.length).toBe(ds.manifest.agencies.length);
    for (const w of where) expect(w).toMatch(/^[A-Z][a-z']+ (City|County|District|Province)(, [A-Z][a-z']+ Province)? · \d{4}/);
  });

  it("Explore's place filters and results name places in English, with the Chinese the data uses", async () => {
    const site = await openSite(browser, `${siteUrl}?view=explore&lang=en`);
    opened.push(site);
    const provinces = site.page.locator('.agency-picker .filters select').first().locator('option');
    await provinces.nth(1).waitFor({ state: 'attached' });
    const labels = (await provinces.allTextContents()).slice(1);
    expect(labels.length).toBeGreaterThan(0);
    for (const l of labels) expect(l).toMatch(/^[A-Z][a-z]+ Province \([\u4e00-\u9fff]+省\)$/);
    expect(labels).toContain('Shaanxi Province (陕西省)');
    const where = await site.page.locator('[data-testid="agency-results"] .where').allTextContents();
    expect(where.length).toBeGreaterThan(0);
    for (const w of where) expect(w).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('other views in English', () => {
  it('Compare: every row of the figure table named in English, the official label beside it in Chinese', async () => {
    const three = ds.manifest.agencies.slice(0, 3).map((a) => a.id);
    const site = await openSite(browser, `${siteUrl}?view=compare&agencies=${three.join(',')}&lang=en`);
    opened.push(site);
    await site.page.getByTestId('figure-table').locator('tbody tr').first().waitFor();
    expect(await chineseOutsideZh(site.page, '[data-testid="figure-table"] tbody')).toEqual([]);
  });

  it('Data quality: reading warnings in English, counted with their word', async () => {
    const site = await openSite(browser, `${siteUrl}?view=quality&lang=en`);
    opened.push(site);
    const section = site.page.getByTestId('quality-warnings');
    await section.locator('ul.texts li').first().waitFor();
    expect(await chineseOutsideZh(site.page, '[data-testid="quality-warnings"]')).toEqual([]);
    expect(await section.locator(':scope > ul > li > .muted').first().textContent()).toMatch(/^\d+ reading notes?$/);
  });

  it('Method: no Chinese interface words; the cite example points at a chart link, not at itself', async () => {
    const site = await openSite(browser, `${siteUrl}?view=method&lang=en`);
    opened.push(site);
    await site.page.locator('article.method h2').first().waitFor();
    expect(await chineseOutsideZh(site.page, 'article.method')).toEqual([]);
    const cite = await site.page.locator('article.method blockquote').textContent();
    expect(cite).not.toContain('view=method');
    expect(cite).toContain('?metric=');
  });
});

describe('figures stated in prose, with their source sentences', () => {
  const withChannels = ds.manifest.reports.filter((r) => ds.report(r.id).channels.length > 0);

  it('the seed corpus has reports with channel figures', () => expect(withChannels.length).toBeGreaterThan(0));

  it.each(withChannels.map((r) => [r.name, r.year, r.id]))('%s %s: every channel figure and prose count shown with its source line and text', async (_, __, id) => {
    const report = ds.report(id as string);
    const { page } = await open(reportUrl(id as string, 'zh'));
    const rows = page.getByTestId('channel-table').locator('tbody tr');
    expect(await rows.count()).toBe(report.channels.length);
    for (const [i, c] of report.channels.entries()) {
      const row = rows.nth(i);
      expect(Number(await row.locator('td.num').getAttribute('data-value'))).toBe(c.value);
      expect(await row.locator('td.src .line').textContent()).toBe(`原文第 ${c.evidence.line} 行`);
      expect(await row.locator('td.src q').last().textContent()).toBe(c.evidence.text);
    }
    for (const key of Object.keys(report.evidence).filter((k) => k.startsWith('narrative.'))) {
      const row = page.getByTestId('prose-table').locator(`tr[data-key="${key}"]`);
      expect(await row.locator('td.src .line').textContent()).toBe(`原文第 ${report.evidence[key].line} 行`);
    }
  });

  it('screenshots: agency page at 390 and 1280 px, zh and en, light and dark', async () => {
    const id = withChannels[0].id;
    for (const lang of ['zh', 'en'] as const)
      for (const width of [390, 1280])
        for (const scheme of ['light', 'dark'] as const) {
          const { page } = await open(reportUrl(id, lang), width, scheme);
          await page.getByTestId('prose-figures').scrollIntoViewIfNeeded();
          await page.screenshot({ path: `${SHOTS}/agency-prose-${lang}-${width}-${scheme}.png`, fullPage: true });
          await page.getByTestId('prose-figures').screenshot({ path: `${SHOTS}/agency-prose-only-${lang}-${width}-${scheme}.png` });
          await page.close();
        }
  }, 120_000);
});

describe('the original report, linked', () => {
  let site: CorpusSite;
  const file = readdirSync('data/reports/seeds').filter((f) => f.endsWith('.txt'))[0];
  const URL_ = 'https://gaj.example.gov.cn/zwgk/2021/report.htm';
  beforeAll(async () => {
    site = await serveCorpusSite({ [file]: readFileSync(`data/reports/seeds/${file}`, 'utf8'), 'meta.csv': `file,url\n${file},${URL_}\n` }, '/u/', 4186);
  });
  afterAll(async () => {
    await site?.close();
  });

  it('meta.csv url becomes source.url; the agency page links to it (new tab, no referrer)', async () => {
    const manifest = unpackManifest(JSON.parse(await (await fetch(`${site.url}data/manifest.json`)).text()));
    expect(manifest.reports[0].url).toBe(URL_);
    const { page } = await open(reportUrl(manifest.reports[0].id, 'en', site.url));
    const link = page.getByTestId('source-url');
    expect(await link.getAttribute('href')).toBe(URL_);
    expect(await link.getAttribute('rel')).toContain('noopener');
    expect(await link.getAttribute('target')).toBe('_blank');
  });
});
