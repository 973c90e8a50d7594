/**
 * The HTML form of a seed report gives the same report as its text form. The
 * page is built from the seed's TEXT (test/factories/seedTextToHtml.ts:
 * paragraphs → <p>, tab rows → <tr><td> with the label columns merged), as UTF-8
 * with a meta and as GBK without one, and parsed; tables, agency, year,
 * template, signature date, narrative, channels and checks must equal the text
 * parse's, and the evidence must point at lines of the page's text form.
 */
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../src/lib/report/html/htmlToText';
import { parseReport } from '../src/lib/report/parseReport';
import { cellPaths, getPath } from '../src/lib/report/schema';
import { encodeGbk } from '../src/lib/report/synthetic/encodeGbk';
import type { Report } from '../src/lib/report/types';
import { seedTextToHtml } from './factories/seedTextToHtml';
import { hasShared, loadSeeds } from './seedTruth';

const seeds = loadSeeds();

async function parse(bytes: Uint8Array, file: string): Promise<Report> {
  const outcome = await parseReport(bytes, { file });
  if (!outcome.ok) throw new Error(`${file}: ${outcome.error}`);
  return outcome.report;
}

/** What a report says, minus where it says it (lines differ between the two forms). */
function content(r: Report) {
  return {
    template: r.template,
    year: r.year,
    publishedOn: r.publishedOn,
    agency: r.agency,
    cells: Object.fromEntries(cellPaths(r.template).map((p) => [p, getPath(r, p)])),
    narrative: r.narrative,
    infoProcessingFeeYuan: r.infoProcessingFeeYuan,
    channels: r.channels.map(({ evidence: _, ...c }) => c),
    checks: r.checks.map((c) => ({ rule: c.rule, ok: c.ok })),
  };
}

if (!seeds.length) it.skip('seed reports as HTML pages: ../shared/corpus/seeds not found', () => {});

describe.each(seeds.map((s) => [s.name, s] as const))('seed %s as an HTML page', (name, seed) => {
  const text = new TextDecoder().decode(seed.bytes);
  const html = seedTextToHtml(text);
  const stem = name.replace(/\.txt$/, '');

  it('the page has real table markup with merged cells (tab seeds)', () => {
    if (!text.includes('\t')) return;
    expect(html).toMatch(/rowspan="\d+"/);
    expect(html).toMatch(/colspan="\d+"/);
  });

  it('gives the same tables, agency, year, template, date, narrative, channels and checks as the text', async () => {
    const fromText = await parse(seed.bytes, name);
    const fromHtml = await parse(new TextEncoder().encode(html), `${stem}.html`);
    expect(content(fromHtml)).toEqual(content(fromText));
    expect(fromHtml.source).toMatchObject({ format: 'html', encoding: 'utf-8' });
  });

  it('as GBK without a charset meta, gives the same again', async () => {
    const fromText = await parse(seed.bytes, name);
    const fromGbk = await parse(encodeGbk(seedTextToHtml(text, null)), `${stem}.htm`);
    expect(fromGbk.source.encoding).toBe('gb18030');
    expect(content(fromGbk)).toEqual(content(fromText));
  });

  it('every present cell has evidence on a line of the text form holding its number', async () => {
    const r = await parse(new TextEncoder().encode(html), `${stem}.html`);
    const lines = htmlToText(html).text.split('\n');
    for (const path of cellPaths(r.template)) {
      const value = getPath(r, path);
      if (value === null) continue;
      const ev = r.evidence[path];
      expect(ev, path).toBeDefined();
      expect(lines[ev.line - 1].trim(), path).toBe(ev.text);
      expect(ev.text.replace(/[,，\s]/g, ''), path).toContain(String(value).replace(/^0\./, '.').replace(/^-/, ''));
    }
  });
});
