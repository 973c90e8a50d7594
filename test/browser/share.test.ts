/**
 * Share / embed / download on the dashboard: PNG (2×, not blank), SVG (parses, title and source
 * line, Chinese agency names as glyph paths), CSV (parses back to exactly the chart's values),
 * the permalink reproduces the chart, the embed code, print. Screenshots of the share panel and
 * of the downloaded images.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './launchChromium';
import { openSite, type SitePage } from './openSite';
import { readDataset } from './readDataset';
import { DEFAULT_METRIC } from '../../src/lib/view/parseView';

const siteUrl = inject('siteUrl');
const ds = readDataset();
const SHOTS = 'test-results/screenshots';
const version = ds.manifest.inputsSha256.replace('sha256:', '').slice(0, 8);
/** 平潭综合实验区 (reports 2019–2025, with their URLs) and 宝鸡市公安局 (a 2020 report, no URL), by display name. */
const PINGTAN = ds.manifest.agencies.find((a) => a.name === '平潭综合实验区')!.id;
const BAOJI = ds.manifest.agencies.find((a) => a.name === '宝鸡市公安局')!.id;

let browser: Browser;
const opened: SitePage[] = [];

async function open(query = '', width = 1280): Promise<Page> {
  const site = await openSite(browser, siteUrl + query, width);
  opened.push(site);
  await site.page.getByTestId('chart').locator('.mark').first().waitFor();
  await site.page.locator('[data-testid="share-panel"] summary').click();
  return site.page;
}

async function download(page: Page, format: 'png' | 'svg' | 'csv'): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId(`download-${format}`).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

const markValues = (page: Page) => page.locator('[data-testid="chart"] .mark').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('downloads', () => {
  it('CSV of the line chart parses back to exactly the values drawn (BOM, one row per point, blanks empty)', async () => {
    const page = await open();
    const { name, bytes } = await download(page, 'csv');
    expect(name).toMatch(/\.csv$/);
    const text = bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
    const values = rows.filter((r) => r.value !== '').map((r) => Number(r.value));
    expect(sorted(values)).toEqual(sorted(await markValues(page)));
    for (const r of rows) expect(ds.manifest.agencies.find((a) => a.id === r.agency_id)?.name).toBe(r.agency);
  });

  it('CSV of the line chart: no rank column; each row names its report and the original URL the dataset has for it, else nothing (issue 15, defect 11)', async () => {
    const page = await open(`?agencies=${PINGTAN},${BAOJI}`);
    const text = (await download(page, 'csv')).bytes.toString('utf8').slice(1);
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).not.toContain('rank');
    expect(parsed.meta.fields).toEqual(expect.arrayContaining(['agency_id', 'agency', 'year', 'value', 'report_id', 'source_url']));
    const rows = parsed.data;
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.source_url).toBe(ds.manifest.reports.find((e) => e.id === r.report_id)?.url ?? '');
    expect(rows.some((r) => r.source_url.startsWith('http'))).toBe(true);
  });

  it('SVG of a line chart: the legend leaves out a picked agency with no value in the years shown; the source line counts the reports drawn', async () => {
    // 宝鸡市公安局 has a 2020 report only: nothing of it is drawn in 2022–2025.
    const page = await open(`?agencies=${PINGTAN},${BAOJI}&years=2022-2025`);
    expect(await page.getByTestId('legend').locator('li').count()).toBe(2);
    const svg = (await download(page, 'svg')).bytes.toString('utf8');
    writeFileSync(`${SHOTS}/download-line-legend.svg`, svg);
    const labels = await page.evaluate((svg) => [...new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('g[aria-label]')].map((g) => g.getAttribute('aria-label')!), svg);
    const pingtan = ds.manifest.agencies.find((a) => a.id === PINGTAN)!.name;
    const baoji = ds.manifest.agencies.find((a) => a.id === BAOJI)!.name;
    expect(labels).toContain(pingtan);
    expect(labels.filter((l) => l.includes(baoji))).toEqual([]);
    const drawn = ds.manifest.reports.filter((r) => r.agency === PINGTAN && r.year !== null && r.year >= 2022).length;
    expect(labels.join('').replace(/\s/g, '')).toContain(`来源：${pingtan}2022–2025年的${drawn}份政府信息公开工作年度报告`);
  });

  it('CSV of the ranked chart: the bars in order, with ranks', async () => {
    const page = await open('?chart=ranked');
    const rows = Papa.parse<Record<string, string>>((await download(page, 'csv')).bytes.toString('utf8').slice(1), { header: true, skipEmptyLines: true }).data;
    const bars = await page.locator('[data-testid="chart"] .mark').evaluateAll((els) => els.map((e) => [e.getAttribute('data-agency'), Number(e.getAttribute('data-value'))]));
    expect(rows.map((r) => [r.agency_id, Number(r.value)])).toEqual(bars);
    expect(rows[0].rank).toBe('1');
  });

  it('SVG parses, holds title and source line, and draws the Chinese labels as glyph paths (no system font needed)', async () => {
    const page = await open('?chart=ranked');
    const { name, bytes } = await download(page, 'svg');
    expect(name).toMatch(/\.svg$/);
    const svg = bytes.toString('utf8');
    writeFileSync(`${SHOTS}/download-ranked.svg`, svg);
    const title = ds.manifest.metrics.find((m) => m.key === DEFAULT_METRIC)!.label.zh;
    const names = await page.locator('[data-testid="chart"] .labels .name').evaluateAll((els) => els.map((e) => e.getAttribute('title')!));
    const check = await page.evaluate(
      ({ svg, names }) => {
        const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
        const labelled = (text: string) => [...doc.querySelectorAll('g[aria-label]')].find((g) => g.getAttribute('aria-label') === text);
        const drawnAsPaths = (text: string) => {
          const g = labelled(text);
          const uses = g ? [...g.querySelectorAll('use')] : [];
          return uses.length > 0 && uses.every((u) => doc.getElementById((u.getAttribute('xlink:href') ?? u.getAttribute('href'))!.slice(1))?.tagName === 'path');
        };
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          title: doc.querySelector('svg > title')?.textContent,
          labels: [...doc.querySelectorAll('g[aria-label]')].map((g) => g.getAttribute('aria-label')!),
          texts: doc.querySelectorAll('text').length,
          namesAsPaths: names.map(drawnAsPaths),
          width: doc.documentElement.getAttribute('width'),
        };
      },
      { svg, names },
    );
    expect(check.error).toBeNull();
    expect(check.title).toBe(title);
    expect(check.labels).toContain(title);
    // The source line may wrap (at a space, which the lines then leave out): its lines are consecutive labels.
    expect(check.labels.join('')).toMatch(new RegExp(`来源.*数据版本 ?${version}`));
    expect(check.labels.some((l) => l.startsWith(siteUrl))).toBe(true);
    expect(check.texts).toBe(0);
    expect(names.length).toBeGreaterThan(0);
    expect(check.namesAsPaths).toEqual(names.map(() => true));
  });

  it('PNG is 2× the SVG size and not blank (decoded in the browser)', async () => {
    const page = await open('?lang=en&chart=multiples');
    const svg = (await download(page, 'svg')).bytes.toString('utf8');
    const [, w, h] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
    const { name, bytes } = await download(page, 'png');
    expect(name).toMatch(/\.png$/);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    writeFileSync(`${SHOTS}/download-multiples-en.png`, bytes);
    const decoded = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, c.width, c.height).data;
      let ink = 0;
      let dark = 0;
      for (let i = 0; i < px.length; i += 4) {
        if (px[i] < 240 || px[i + 1] < 240 || px[i + 2] < 240) ink++;
        if (px[i] < 80 && px[i + 1] < 80 && px[i + 2] < 80) dark++;
      }
      return { width: img.naturalWidth, height: img.naturalHeight, ink: ink / (px.length / 4), dark };
    }, bytes.toString('base64'));
    expect(decoded.width).toBe(2 * w);
    expect(decoded.height).toBe(2 * h);
    expect(decoded.ink).toBeGreaterThan(0.01);
    expect(decoded.dark).toBeGreaterThan(1000);
  });

  it('PNG of the Chinese line chart, kept as a screenshot', async () => {
    const page = await open();
    writeFileSync(`${SHOTS}/download-line-zh.png`, (await download(page, 'png')).bytes);
  });
});

describe('Compare downloads', () => {
  const two = ds.manifest.agencies.slice(0, 2).map((a) => a.id).join(',');
  async function openCompare(): Promise<Page> {
    const site = await openSite(browser, `${siteUrl}?view=compare&agencies=${two}`, 1280);
    opened.push(site);
    // Attached, not visible: a bar of value 0 has no width.
    await site.page.getByTestId('grouped-bars').locator('.mark').first().waitFor({ state: 'attached' });
    return site.page;
  }
  const downloadIn = async (page: Page, box: string, format: 'png' | 'svg' | 'csv') => {
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId(box).getByTestId(`download-${format}`).click()]);
    return readFileSync((await file.path())!);
  };

  it('key figures CSV parses back to exactly the grouped bars drawn', async () => {
    const page = await openCompare();
    const rows = Papa.parse<Record<string, string>>((await downloadIn(page, 'compare-downloads-keyFigures', 'csv')).toString('utf8').slice(1), { header: true, skipEmptyLines: true }).data;
    const drawn = await page.getByTestId('grouped-bars').locator('.mark').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
    expect(sorted(rows.filter((r) => r.value !== '').map((r) => Number(r.value)))).toEqual(sorted(drawn));
  });

  it('Compare CSVs: agency and year in separate columns, with each report\'s id and original URL; the SVG\'s source line names both reports (issue 15, defect 11)', async () => {
    const page = await openCompare();
    const picked = ds.manifest.agencies.slice(0, 2);
    const shown = picked.map((a) => ds.manifest.reports.filter((r) => r.agency === a.id).at(-1)!);
    for (const box of ['compare-downloads-keyFigures', 'compare-downloads-outcomes']) {
      const parsed = Papa.parse<Record<string, string>>((await downloadIn(page, box, 'csv')).toString('utf8').slice(1), { header: true, skipEmptyLines: true });
      expect(parsed.meta.fields).toEqual(expect.arrayContaining(['agency', 'year', 'report_id', 'source_url']));
      const agencies = [...new Map(parsed.data.map((r) => [r.agency, [r.agency, r.year, r.report_id, r.source_url]])).values()];
      expect(agencies).toEqual(shown.map((e, i) => [picked[i].name, String(e.year), e.id, e.url ?? '']));
    }
    const svg = (await downloadIn(page, 'compare-downloads-keyFigures', 'svg')).toString('utf8');
    const text = await page.evaluate((svg) => [...new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('g[aria-label]')].map((g) => g.getAttribute('aria-label')!).join(''), svg);
    // Lines wrap at spaces and leave them out: compared without spaces.
    const bare = (t: string) => t.replace(/\s/g, '');
    for (const e of shown) expect(bare(text)).toContain(bare(`${e.name} ${e.year} 年度政府信息公开工作年度报告${e.url ? ` ${e.url}` : ''}`));
  });

  it('outcomes SVG parses with the agencies as glyph paths; channel mix PNG is 2x and kept as a screenshot', async () => {
    const page = await openCompare();
    const svg = (await downloadIn(page, 'compare-downloads-outcomes', 'svg')).toString('utf8');
    writeFileSync(`${SHOTS}/download-compare-outcomes.svg`, svg);
    expect(svg).not.toContain('<text');
    expect(svg).not.toContain('var(--');
    for (const a of ds.manifest.agencies.slice(0, 2)) expect(svg).toContain(`aria-label="${a.name} `);
    const png = await downloadIn(page, 'compare-downloads-channels', 'png');
    writeFileSync(`${SHOTS}/download-compare-channels.png`, png);
    expect(png.readUInt32BE(16) % 2).toBe(0);
    expect(png.readUInt32BE(16)).toBe(1600);
  });
});

describe('share', () => {
  it('the link reproduces the chart exactly: same title, chart type and values', async () => {
    const page = await open('?metric=applications.newReceived.total&chart=ranked&years=2020-2023');
    const link = await page.getByTestId('share-link').inputValue();
    expect(link).toBe(page.url());
    const before = { title: await page.locator('#chart-title').textContent(), values: await markValues(page) };
    const other = await open(link.slice(siteUrl.length));
    expect({ title: await other.locator('#chart-title').textContent(), values: await markValues(other) }).toEqual(before);
  });

  it('embed code: an iframe of embed.html with the same view and the options, a fallback height, and the host script', async () => {
    const page = await open('?chart=multiples');
    await page.getByTestId('embed-theme').selectOption('dark');
    await page.getByTestId('embed-lang').selectOption('en');
    await page.getByTestId('embed-hide-controls').check();
    // Until measured, a min-height estimate; then the measured height ladder in the box's padding.
    expect(await page.getByTestId('embed-code').inputValue()).toMatch(/style="width:100%;min-height:\d+px;border:0"|padding-top:calc\(\d+px/);
    await expect.poll(() => page.getByTestId('embed-code').getAttribute('data-heights'), { timeout: 60_000 }).toBe('measured');
    const code = await page.getByTestId('embed-code').inputValue();
    expect(code).toContain(`src="${siteUrl}embed.html?lang=en&amp;chart=multiples&amp;theme=dark&amp;controls=0"`);
    expect(code).toMatch(/<div data-gov-disclosure-embed-box style="position:relative;width:100%;padding-top:calc\(\d+px( [-+] clamp\(0px, \(100% - [\d.]+px\) \* 100000, \d+px\))+\)"><iframe /);
    expect(code).toContain(`<script src="${siteUrl}embed-resize.js" async></script>`);
  });

  it('copy link puts the link on the clipboard', async () => {
    const page = await open('?chart=ranked');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl).origin });
    await page.getByTestId('copy-link').click();
    await expect.poll(() => page.getByTestId('copy-link').textContent()).toContain('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });

  it('print: chart, data table and source line on paper; header, pickers and share panel not', async () => {
    const page = await open();
    await page.pdf({ format: 'A4' });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('details.table-alt').getAttribute('open')).not.toBeNull();
    expect(await page.getByTestId('series-table').isVisible()).toBe(true);
    expect(await page.getByTestId('print-source').textContent()).toContain(`数据版本 ${version}`);
    for (const sel of ['header.site', 'aside.controls', '[data-testid="share-panel"]']) expect(await page.locator(sel).isVisible()).toBe(false);
    await page.screenshot({ path: `${SHOTS}/explore-print.png`, fullPage: true });
  });

  for (const lang of ['zh', 'en'] as const) {
    for (const width of [390, 1280]) {
      it(`screenshot of the open share panel at ${width} px in ${lang}, no horizontal overflow`, async () => {
        const page = await open(lang === 'en' ? '?lang=en' : '', width);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        await page.getByTestId('share-panel').screenshot({ path: `${SHOTS}/share-panel-${lang}-${width}.png` });
      });
    }
  }

  it('no console errors on the way', () => {
    expect(opened.flatMap((s) => s.errors)).toEqual([]);
  });
});
