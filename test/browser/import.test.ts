/**
 * Bring your own reports (issue 8): the five seeds and an unreadable file dropped on the built
 * site are parsed in the browser; the views show the seeds' figures exactly as a static build of
 * the same five files has them (the site's own sample corpus has more reports), the bad file's outcome is shown, a reload keeps them (IndexedDB), clearing removes
 * them. Every request made meanwhile is a same-origin GET of the site's own files.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './launchChromium';
import { openSite, type SitePage } from './openSite';
import { readDataset } from './readDataset';
import type { ManifestFile, ReportDetailsFile } from '../../src/lib/data/types';
import { unpackManifest } from '../../src/lib/data/unpackManifest';

const siteUrl = inject('siteUrl');
const SHOTS = 'test-results/screenshots';
const SEEDS = 'data/reports/seeds';
/** The static build of the five seeds alone: what importing them must give. */
const seedsBuild = mkdtempSync(join(tmpdir(), 'import-seeds-'));
execFileSync('node_modules/.bin/tsx', ['scripts/buildData.ts', SEEDS, '--out', seedsBuild], { stdio: 'pipe' });
const ds = readDataset(seedsBuild);
const files = [
  ...readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .map((name) => ({ name, base64: readFileSync(`${SEEDS}/${name}`).toString('base64') })),
  { name: 'unreadable.txt', base64: Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]).toString('base64') },
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
  page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
});
afterAll(async () => {
  await browser?.close();
  rmSync(seedsBuild, { recursive: true, force: true });
});

/** Drops files on the import panel's drop zone, as a user dragging them from a file manager. */
async function drop(target: string, list: { name: string; base64: string }[]) {
  const dt = await page.evaluateHandle((fs) => {
    const t = new DataTransfer();
    for (const f of fs) t.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name));
    return t;
  }, list);
  await page.dispatchEvent(target, 'drop', { dataTransfer: dt });
}

/** A dataset file as the app stored it in IndexedDB. */
const storedJson = (path: string) =>
  page.evaluate(
    (p) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('gov-reports-import');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('files').objectStore('files').get(p);
          get.onsuccess = () => resolve(get.result === undefined ? null : JSON.parse(get.result as string));
        };
      }),
    path,
  );

const table2Cell = (label: string) => page.locator('table.official tr', { has: page.locator('th', { hasText: new RegExp(`^${label}$`) }) }).locator('button');

describe('import: the user\'s own reports, parsed in the browser', () => {
  it('dropping the seeds and an unreadable file shows each file\'s outcome and the counts', async () => {
    await page.getByTestId('import-open').click();
    await page.getByTestId('import-panel').waitFor();
    await page.getByTestId('import-mode-replace').check();
    await drop('[data-testid="import-drop"]', files);
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.textContent()).toMatch(/^你导入的 6 个文件：5 份已加入.*1 个无法读取。/);
    const bad = page.getByTestId('import-outcomes').locator('li.bad');
    expect(await bad.count()).toBe(1);
    expect(await bad.locator('code').textContent()).toBe('unreadable.txt');
    await page.getByTestId('own-banner').waitFor();
    for (const lang of ['zh', 'en'] as const) {
      if (lang === 'en') await page.getByTestId('lang-switch').click();
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({ path: `${SHOTS}/import-${lang}-${width}.png`, fullPage: width === 390 });
      }
    }
    await page.getByTestId('lang-switch').click();
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('the stored dataset holds the static build\'s figures: metric files and reports', async () => {
    for (const key of ['applications.newReceived.total', 'active.licensing.decisions', 'derived.grantedShare', 'channels.weibo.posts']) {
      const info = ds.manifest.metrics.find((m) => m.key === key)!;
      const stored = (await storedJson(info.file)) as { values: unknown[]; approximate?: unknown };
      expect(stored.values, key).toEqual(ds.metric(key).values);
      expect(stored.approximate, key).toEqual(ds.metric(key).approximate);
    }
    const manifest = unpackManifest((await storedJson('manifest.json')) as ManifestFile);
    expect(manifest.reports).toEqual(ds.unpacked.reports);
    expect(((await storedJson('report-details.json')) as ReportDetailsFile).details).toEqual(ds.details);
    expect(manifest.agencies).toEqual(ds.manifest.agencies);
    const { id } = ds.entry('济源示范区公安局', 2021);
    expect(await storedJson(`reports/${id}.json`)).toEqual(ds.report(id));
  });

  it('after a reload the views show the imported reports, marked as the user\'s own', async () => {
    const { id } = ds.entry('济源示范区公安局', 2021);
    await page.goto(`${siteUrl}?view=agencies&report=${encodeURIComponent(id)}`);
    await page.getByTestId('own-banner').waitFor();
    await page.locator('h1', { hasText: '济源示范区公安局' }).waitFor();
    expect((await table2Cell('行政许可').textContent())?.trim()).toBe(String(ds.report(id).active.licensing.decisions));
    await expect.poll(() => page.locator('h1 [data-testid="own-badge"]').count()).toBe(1);

    await page.goto(`${siteUrl}?chart=ranked&year=2021`);
    const expected = ds.manifest.reports
      .map((r, i) => ({ r, v: ds.metric('applications.newReceived.total').values[i] }))
      .filter((x) => x.r.year === 2021 && x.v !== null)
      .map((x) => x.v as number)
      .sort((a, b) => b - a);
    const marks = page.locator('[data-testid="chart"] .mark');
    await expect.poll(() => marks.count()).toBe(expected.length);
    expect(await marks.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))))).toEqual(expected);
    // Links and embeds cannot carry the user's reports: the share panel says so, and the site's area CSV is not offered.
    await page.getByTestId('share-panel').locator('summary').click();
    expect(await page.getByTestId('share-own-warning').textContent()).toContain('只在本浏览器里');
    expect(await page.locator('a[href*="data/csv/"]').count()).toBe(0);

    await page.goto(`${siteUrl}?view=quality`);
    const own = page.getByTestId('quality-own');
    await own.waitFor();
    await expect.poll(() => own.locator('li').count()).toBe(6);
    expect(await own.locator('li[data-outcome="error"] code').textContent()).toBe('unreadable.txt');
  });

  it('a stored dataset an earlier version of the site wrote is built again from the stored files, not lost', async () => {
    const current = (await storedJson('manifest.json')) as ManifestFile;
    // What an earlier version left: a manifest of another format version (rows, not columns).
    await page.evaluate(
      (text) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('gov-reports-import');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('files', 'readwrite');
            tx.objectStore('files').put(text, 'manifest.json');
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
      JSON.stringify({ schemaVersion: 2, agencies: [], reports: [] }),
    );
    const { id } = ds.entry('济源示范区公安局', 2021);
    await page.goto(`${siteUrl}?view=agencies&report=${encodeURIComponent(id)}`);
    await page.getByTestId('own-banner').waitFor({ timeout: 60_000 });
    await page.locator('h1', { hasText: '济源示范区公安局' }).waitFor();
    expect((await table2Cell('行政许可').textContent())?.trim()).toBe(String(ds.report(id).active.licensing.decisions));
    expect(await storedJson('manifest.json')).toEqual(current);
    // Where the next test expects the page: Data quality.
    await page.goto(`${siteUrl}?view=quality`);
    await page.getByTestId('quality-own').waitFor();
  });

  it('clearing removes them: the site\'s own data again, also after a reload', async () => {
    await page.getByTestId('import-open').click();
    await page.getByTestId('import-clear').click();
    await page.getByTestId('import-clear-confirm').click();
    await expect.poll(() => page.getByTestId('own-banner').count()).toBe(0);
    // Let the Data quality view finish loading the site's build report before reloading.
    await page.waitForLoadState('networkidle');
    await page.reload();
    await page.locator('[data-testid="quality-failed"]').waitFor();
    expect(await page.getByTestId('own-banner').count()).toBe(0);
    expect(await page.getByTestId('quality-own').count()).toBe(0);
    expect(await storedJson('manifest.json')).toBeNull();
  });

  it('join mode: copies of the site\'s own reports are counted as such; summary, file lines and banner agree', async () => {
    const seeds = files.slice(0, -1);
    const baoji = seeds.find((f) => Buffer.from(f.base64, 'base64').toString('utf8').includes('宝鸡市公安局'))!;
    const renamed = Buffer.from(baoji.base64, 'base64').toString('utf8').replaceAll('宝鸡市公安局', '宝鸡市公安局渭滨分局');
    await page.getByTestId('import-open').click();
    await page.getByTestId('import-mode-join').check();
    await drop('[data-testid="import-drop"]', [...seeds, { name: 'new-agency.txt', base64: Buffer.from(renamed).toString('base64') }]);
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 60_000 });
    const text = (await summary.textContent())!;
    expect(text).toMatch(/^你导入的 6 个文件：1 份已加入.*，5 份与网站已有的报告相同，未重复加入。/);
    const lines = page.getByTestId('import-outcomes').locator('li');
    expect(await lines.count()).toBe(6);
    expect(await lines.locator('xpath=.').evaluateAll((els) => els.filter((e) => e.getAttribute('data-outcome') === 'sameAsSite').length)).toBe(5);
    expect(await page.getByTestId('import-outcomes').locator('li[data-outcome="sameAsSite"]').first().textContent()).toContain('与网站已有的报告相同');
    expect(await page.getByTestId('own-banner').textContent()).toContain('你导入的 1 份报告');
    await page.screenshot({ path: `${SHOTS}/import-join-zh-1280.png` });
    await page.getByTestId('import-clear').click();
    await page.getByTestId('import-clear-confirm').click();
    await expect.poll(() => page.getByTestId('own-banner').count()).toBe(0);
  });

  it('no request carried the files anywhere: only same-origin GETs of the site', () => {
    const origin = new URL(siteUrl);
    const foreign = requests.filter((r) => !r.startsWith(`GET ${origin.origin}${origin.pathname}`));
    expect(foreign).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(site.errors).toEqual([]);
  });
});
