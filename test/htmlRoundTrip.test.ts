/**
 * The parser's HTML round trip: for each template, 200 seeded synthetic
 * reports are rendered as government-CMS pages (renderHtml: furniture around a
 * content div, national-template rowspan/colspan, &nbsp;, nested spans, empty
 * cells, tables split in two with repeated headers, GBK with and without a
 * charset meta, old layout-table pages; the four text options cycling through
 * all 16 mixes) and parsed back from their bytes. The parse must equal
 * expectedAfterParse(values, 'html') on every cell — blanks keep their place,
 * HTML has cell structure — on the metadata and on the `ok` of every check.
 * Pages with tables as pictures keep every cell null and say why.
 */
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../src/lib/report/html/htmlToText';
import { parseReport, TABLES_AS_IMAGES } from '../src/lib/report/parseReport';
import { TEMPLATES, cellPaths, getPath } from '../src/lib/report/schema';
import type { Report, Template } from '../src/lib/report/types';
import { createRandomReportValues, expectedAfterParse, renderHtml, type HtmlRenderOptions, type RenderedHtml } from '../src/lib/report/synthetic';
import { OPTION_KEYS, OPTION_MIXES, cellProblems, checkProblems, crashes, expectNone, metadataProblems, show, type ParsedCase } from './roundTripHarness';

const SEEDS_PER_TEMPLATE = 200;
const IMAGE_SEEDS_PER_TEMPLATE = 40;

interface Case extends ParsedCase {
  opts: HtmlRenderOptions;
  page: RenderedHtml;
}

function label(c: Case): string {
  const on = OPTION_KEYS.filter((k) => c.opts[k]).join('+') || 'plain';
  const page = [c.page.encoding, c.page.charsetMeta ? 'meta' : 'no meta', ...c.page.split.map((s) => `split ${s}`), c.page.layoutTables ? 'layout tables' : '', c.page.titleOutside ? 'title outside' : '']
    .filter(Boolean)
    .join(', ');
  return `seed ${c.seed} html/${c.values.template} [${on}] (${page})`;
}

const cache = new Map<string, Promise<Case[]>>();

function cases(template: Template, images = false): Promise<Case[]> {
  const key = `${template}${images ? '/images' : ''}`;
  let hit = cache.get(key);
  if (!hit) cache.set(key, (hit = build(template, images)));
  return hit;
}

async function build(template: Template, images: boolean): Promise<Case[]> {
  const base = 500_000 + TEMPLATES.indexOf(template) * 10_000 + (images ? 5_000 : 0);
  const out: Case[] = [];
  for (let i = 0; i < (images ? IMAGE_SEEDS_PER_TEMPLATE : SEEDS_PER_TEMPLATE); i++) {
    const seed = base + i;
    const opts: HtmlRenderOptions = { ...OPTION_MIXES[i % OPTION_MIXES.length], ...(images ? { tablesAsImages: true } : {}) };
    const values = createRandomReportValues(seed, { template });
    const page = renderHtml(values, opts);
    let report: Report | null = null;
    let error: string | null = null;
    try {
      const outcome = await parseReport(page.bytes, { file: `synthetic/${seed}.html` });
      if (outcome.ok) report = outcome.report;
      else error = outcome.error;
    } catch (e) {
      error = (e as Error).stack ?? String(e);
    }
    out.push({ seed, opts, values, page, expected: expectedAfterParse(values, 'html', opts), report, error });
  }
  return out;
}

const failures = (cs: Case[]): string[] => crashes(cs, label);

/** Words of the page furniture renderHtml puts around the content; none may reach the text form. */
const FURNITURE = ['当前位置', '浏览次数', '分享到', '打印本页', '关闭窗口', '版权所有', 'ICP备', '网站标识码', '主办单位', '相关链接', '政务公开工作要点', '_hmt', 'pageInfo', '搜索', '首页', 'document.write', '字号'];

describe.each(TEMPLATES)('html round trip %s', (template) => {
  it(`every printed number is read into its cell exactly — html/${template}`, async () => {
    expectNone(cellProblems(await cases(template), label, (c, p) => c.expected.cells[p] !== null));
  });

  it(`blank cell stays null, not 0, in its own column — html/${template}`, async () => {
    const cs = await cases(template);
    expect(cs.some((c) => c.values.planted.blanks.length > 0)).toBe(true);
    expectNone(cellProblems(cs, label, (c, p) => c.values.planted.blanks.includes(p)));
  });

  it(`template from the table headers, year, agency and signature date — html/${template}`, async () => {
    expectNone(
      metadataProblems(await cases(template), label, (c, r) => [
        ['source.format', 'html', r.source.format],
        ['source.encoding', c.page.encoding === 'gbk' ? 'gb18030' : 'utf-8', r.source.encoding],
        ['tablesAsImages', undefined, r.tablesAsImages],
      ]),
    );
  });

  it(`checks flag exactly the planted inconsistencies and blanks — html/${template}`, async () => {
    expectNone(checkProblems(await cases(template), label));
  });

  it(`page furniture (scripts, nav, breadcrumbs, share, footer) never reaches the text or the fields — html/${template}`, async () => {
    const cs = await cases(template);
    const problems: string[] = [];
    for (const c of cs) {
      const text = htmlToText(c.page.html).text;
      for (const word of FURNITURE) if (text.includes(word)) problems.push(`${label(c)}: text form holds ${word}`);
      const sidebar = `${c.values.year - 1}年政府信息公开工作年度报告`;
      if (text.includes(sidebar)) problems.push(`${label(c)}: sidebar link text leaked`);
      for (const ch of c.report?.channels ?? []) if (FURNITURE.some((w) => ch.evidence.text.includes(w))) problems.push(`${label(c)}: channel from furniture ${ch.evidence.text}`);
    }
    expectNone(problems);
  });

  it(`every present cell's evidence is a line of the text form holding its number — html/${template}`, async () => {
    const cs = await cases(template);
    const problems = failures(cs);
    for (const c of cs.slice(0, 40)) {
      if (!c.report) continue;
      const lines = htmlToText(c.page.html).text.split('\n');
      for (const path of cellPaths(c.values.template)) {
        if (getPath(c.report, path) === null) continue;
        const ev = c.report.evidence[path];
        if (!ev || lines[ev.line - 1]?.trim() !== ev.text) problems.push(`${label(c)} ${path}: evidence ${show(ev)} is not line ${ev?.line} of the text form`);
      }
    }
    expectNone(problems);
  });

  it(`the fixtures cover the markup patterns — html/${template}`, async () => {
    const cs = await cases(template);
    const count = (f: (c: Case) => boolean) => cs.filter(f).length;
    expect(count((c) => c.page.encoding === 'gbk' && !c.page.charsetMeta)).toBeGreaterThan(5);
    expect(count((c) => c.page.encoding === 'gbk' && c.page.charsetMeta)).toBeGreaterThan(5);
    for (const t of ['table2', 'table3', 'table4']) expect(count((c) => c.page.split.includes(t)), t).toBeGreaterThan(10);
    expect(count((c) => c.page.layoutTables)).toBeGreaterThan(10);
    expect(count((c) => c.page.titleOutside)).toBeGreaterThan(10);
    expect(count((c) => /rowspan="?\d/.test(c.page.html) && c.page.html.includes('&nbsp;'))).toBe(cs.length);
  });

  it(`tables as images: text is read, every cell stays null, and the report says why — html/${template}`, async () => {
    const cs = await cases(template, true);
    const problems = failures(cs);
    for (const c of cs) {
      if (!c.report) continue;
      const r = c.report;
      // Without table headers the template follows the year.
      if (r.template !== (c.values.year >= 2021 ? '2021' : '2019')) problems.push(`${label(c)}: template ${r.template} for ${c.values.year}`);
      const filled = cellPaths(r.template).filter((p) => getPath(r, p) !== null);
      if (filled.length) problems.push(`${label(c)}: cells read from nowhere: ${filled.slice(0, 3).join(', ')}`);
      if (r.tablesAsImages !== true) problems.push(`${label(c)}: tablesAsImages not set`);
      if (!r.warnings.some((w) => w.startsWith(TABLES_AS_IMAGES) && /（\d+ 张图片）/.test(w))) problems.push(`${label(c)}: no ${TABLES_AS_IMAGES} warning: ${show(r.warnings)}`);
      if (r.checks.find((k) => k.rule === 'cells.complete')?.ok !== false) problems.push(`${label(c)}: cells.complete passes`);
      for (const [k, want, got] of [
        ['year', c.expected.year, r.year],
        ['agency.name', c.expected.agencyName, r.agency.name],
        ['publishedOn', c.expected.publishedOn, r.publishedOn],
      ] as const)
        if (want !== got) problems.push(`${label(c)} ${k}: expected ${show(want)}, got ${show(got)}`);
    }
    expectNone(problems);
  });
});
