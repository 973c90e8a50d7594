/**
 * Bad HTML input gets a clear outcome and never crashes: malformed markup is
 * repaired as browsers repair it, a page without a report says so, pages of
 * 20 MB are read (or refused with a reason) in bounded memory, a GBK page
 * without a charset meta decodes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReport } from '../src/lib/report/parseReport';
import { cellPaths, getPath } from '../src/lib/report/schema';
import { createRandomReportValues, expectedAfterParse, renderHtml } from '../src/lib/report/synthetic';
import type { Report } from '../src/lib/report/types';

const MB = 1024 * 1024;
const enc = (s: string) => new TextEncoder().encode(s);
const values = createRandomReportValues(424242, { template: '2021', blankRate: 1 });
const expected = expectedAfterParse(values, 'html');
const base = renderHtml(values, { encoding: 'utf-8', charsetMeta: true, splitTables: true }).html;

async function outcome(bytes: Uint8Array, file = 'page.html') {
  return parseReport(bytes, { file });
}

async function report(bytes: Uint8Array): Promise<Report> {
  const o = await outcome(bytes);
  if (!o.ok) throw new Error(o.error);
  return o.report;
}

function wrongCells(r: Report): string[] {
  return cellPaths(r.template)
    .filter((p) => getPath(r, p) !== expected.cells[p])
    .map((p) => `${p}: got ${getPath(r, p)}, want ${expected.cells[p]}`);
}

describe('malformed HTML is repaired, not refused', () => {
  it('end tags left out (</p>, </td>, </tr>, </div>, </span>, </li>, </body>…): same cells, agency, year', async () => {
    const stripped = base.replace(/<\/(?:p|td|th|tr|div|span|strong|li|ul|h1|h3|body|html)>/gi, '');
    const r = await report(enc(stripped));
    expect(wrongCells(r)).toEqual([]);
    expect(r.agency.name).toBe(values.agency.name);
    expect(r.year).toBe(values.year);
  });

  it('stray end tags, unclosed inline tags and broken attributes: same cells', async () => {
    const messy = base
      .replace(/<table/g, '</td></tr></table><b><font color=red size=><table')
      .replace(/<p/g, '</span></li><p')
      .replace(/<\/tr>/g, '</tr></b>');
    expect(wrongCells(await report(enc(messy)))).toEqual([]);
  });

  it('ten thousand unclosed <div>s nested inside each other: no stack overflow, same cells', async () => {
    const deep = base.replace('<p style="text-align:center">（本报告', `${'<div><font>'.repeat(10_000)}<p style="text-align:center">（本报告`);
    expect(deep.length).toBeGreaterThan(base.length);
    expect(wrongCells(await report(enc(deep)))).toEqual([]);
  });

  it('a page cut off in the middle of table 3 keeps what came before and leaves the rest null', async () => {
    const at = base.indexOf('4.保护第三方合法权益');
    expect(at).toBeGreaterThan(0);
    const r = await report(enc(base.slice(0, at)));
    expect(r.applications.newReceived).toEqual(values.applications.newReceived);
    expect(r.applications.total.total).toBeNull();
    expect(r.review.total).toBeNull();
    expect(r.checks.find((c) => c.rule === 'cells.complete')?.ok).toBe(false);
  });

  it('markup soup that is not a page at all is refused with a reason', async () => {
    expect(await outcome(enc('<<<>>></td><tr <table colspan=x><<td>>'))).toMatchObject({ ok: false, error: expect.stringMatching(/no report found/) });
  });
});

describe('a page without a report says so', () => {
  const portal = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某市人民政府门户网站</title></head><body>
<div class="header"><div class="nav"><a>首页</a><a>政务公开</a><a>政府信息公开年报</a></div></div>
<div class="main"><div class="news"><h3>要闻动态</h3><ul>
<li><a href="/1.html">某市公安局2021年政府信息公开工作年度报告</a><span>2022-01-20</span></li>
<li><a href="/2.html">市政府召开 2022 年第 3 次常务会议</a><span>2022-01-19</span></li></ul>
<p>某市公安局召开2021年度工作总结会议，会议听取了 12 个部门的汇报。</p></div></div>
<div class="footer">版权所有 某市人民政府 ICP备 000 号</div></body></html>`;

  it.each([
    ['a portal page listing reports as links', portal, /no report found in the page/],
    ['an empty body', '<!DOCTYPE html><html><head><title>x</title></head><body></body></html>', /the page shows no text/],
    ['only page furniture', '<html><body><div class="nav"><a>首页</a></div><div class="footer">版权所有 ICP备123号</div></body></html>', /the page shows no text/],
    ['only a script', '<html><body><script>document.write("某市公安局2021年政府信息公开工作年度报告 0 0 0")</script></body></html>', /the page shows no text/],
    // Read by the PDF reader, whatever its name: this one is cut short.
    ['a PDF saved as .html', '%PDF-1.7\n%âãÏÓ\n1 0 obj', /truncated PDF/],
    ['an empty file', '', /empty file/],
  ])('%s', async (_, html, error) => {
    expect(await outcome(enc(html))).toMatchObject({ ok: false, file: 'page.html', error: expect.stringMatching(error) });
  });
});

describe('20 MB pages: a clear outcome in bounded memory', () => {
  it('a report page carrying 20 MB of inline script and base64 images is read, in bounded memory', async () => {
    const image = `<p><img src="data:image/png;base64,${'iVBORw0KGgoAAAANSUhEUgAA'.repeat((12 * MB) / 24)}"></p>`;
    const script = `<script>var data = "${'0 0 0 2021年 '.repeat((8 * MB) / 12)}";</script>`;
    const big = base.replace('<head>', `<head>${script}`).replace('<p style="text-align:center">（本报告', `${image}<p style="text-align:center">（本报告`);
    const bytes = enc(big);
    expect(bytes.length).toBeGreaterThan(20 * MB);
    const before = process.memoryUsage().heapUsed;
    const r = await report(bytes);
    const grown = process.memoryUsage().heapUsed - before;
    expect(wrongCells(r)).toEqual([]);
    expect(grown / MB, 'heap growth in MB').toBeLessThan(300);
  });

  it('a 20 MB page that shows 20 MB of text is refused as too large to be one report', async () => {
    const para = '<p>2021年，我局认真贯彻落实《条例》，全年在门户网站发布信息 123 条。</p>\n';
    const big = base.replace('</body>', `${para.repeat(Math.ceil((20 * MB) / enc(para).length))}</body>`);
    const before = process.memoryUsage().heapUsed;
    expect(await outcome(enc(big))).toMatchObject({ ok: false, error: expect.stringMatching(/page too large to be one report: the page shows more than 4 million characters/) });
    expect((process.memoryUsage().heapUsed - before) / MB).toBeLessThan(300);
  });

  it('a 20 MB page of table rows is refused as too large to be one report', async () => {
    const row = '<tr><td>行政许可</td><td>1</td><td>2</td><td>3</td></tr>';
    const big = base.replace('</body>', `<table>${row.repeat(Math.ceil((20 * MB) / enc(row).length))}</table></body>`);
    expect(await outcome(enc(big))).toMatchObject({ ok: false, error: expect.stringMatching(/page too large to be one report: the page holds more than 200,000 elements/) });
  });

  it('a page past 32 MB is refused before decoding', async () => {
    const huge = new Uint8Array(40 * MB).fill(0x20);
    huge.set(enc('<html><body>'), 0);
    expect(await outcome(huge)).toMatchObject({ ok: false, error: 'file too large (40.0 MB; an HTML page is at most 32.0 MB)' });
  });
});

describe('GBK pages', () => {
  it.each([
    ['without a charset meta', false],
    ['with a gb2312 meta', true],
  ])('a GBK page %s decodes and parses the same as UTF-8', async (_, meta) => {
    const page = renderHtml(values, { encoding: 'gbk', charsetMeta: meta, splitTables: true });
    expect(page.html.includes('charset=')).toBe(meta);
    const r = await report(new Uint8Array(iconv.encode(page.html, 'gbk')));
    expect(r.source.encoding).toBe('gb18030');
    expect(wrongCells(r)).toEqual([]);
    expect(r.agency.name).toBe(values.agency.name);
  });
});

describe('CLI: npm run -s parse -- page.html', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parse-html-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }), 120_000); // a build is ~900 small files: slow to remove under load

  it('reads an .htm page (GBK, no meta) into a report, and names a page without a report on stderr', () => {
    writeFileSync(join(dir, 'report.htm'), renderHtml(values, { encoding: 'gbk', charsetMeta: false }).bytes);
    writeFileSync(join(dir, 'portal.html'), '<html><body><div class="nav"><a>首页</a></div><p>欢迎访问。</p></body></html>');
    const res = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/parse.ts', join(dir, 'report.htm'), join(dir, 'portal.html')], { encoding: 'utf8' });
    expect(res.status).toBe(1);
    const [r] = JSON.parse(res.stdout);
    expect(r.source).toMatchObject({ file: 'report.htm', format: 'html', encoding: 'gb18030' });
    expect(r.agency.name).toBe(values.agency.name);
    expect(res.stderr).toMatch(/portal\.html: no report found in the page/);
  });
});
