/**
 * The five seed reports as Word documents (test/fixtures/seeds/*.docx, written by
 * test/fixtures/makeSeedFixtures.ts from the seeds' TEXT with real merged cells: w:gridSpan
 * across, w:vMerge down) give every value of the seeds' truth, and the same report as their
 * text. The committed fixtures are checked to be what the factory writes today.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/lib/report/parseReport';
import { cellPaths, getPath } from '../src/lib/report/schema';
import type { Report } from '../src/lib/report/types';
import { documentXmlOf, seedTextToDocx } from './factories/seedTextToDocx';
import { seedTextToBlocks, type Merge } from './factories/seedTextToBlocks';
import { hasShared, loadSeeds } from './seedTruth';

const FIXTURES = fileURLToPath(new URL('./fixtures/seeds/', import.meta.url));
const seeds = loadSeeds();

async function parse(bytes: Uint8Array, file: string): Promise<Report> {
  const outcome = await parseReport(bytes, { file });
  if (!outcome.ok) throw new Error(`${file}: ${outcome.error}`);
  return outcome.report;
}

/** What a report says, minus where it says it (lines differ between the forms). */
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

describe.skipIf(!hasShared('seeds'))('seed reports as .docx', () => {
  it('has a .docx fixture for each of the five seeds', () => {
    expect(seeds.length).toBe(5);
    for (const s of seeds) expect(existsSync(`${FIXTURES}${s.name.replace(/\.txt$/, '.docx')}`), s.name).toBe(true);
  });

  describe.each(seeds.map((s) => [s.name, s] as const))('%s', (name, seed) => {
    const file = name.replace(/\.txt$/, '.docx');
    const bytes = () => new Uint8Array(readFileSync(`${FIXTURES}${file}`));

    it('the committed fixture is what the factory writes from the seed text', async () => {
      expect(Buffer.from(await seedTextToDocx(new TextDecoder().decode(seed.bytes))).equals(Buffer.from(bytes()))).toBe(true);
    });

    it('its tables carry real Word merges: gridSpan across, vMerge restart and continue down, one for each merge of the layout', () => {
      const text = new TextDecoder().decode(seed.bytes);
      const xml = documentXmlOf(bytes());
      const merges = seedTextToBlocks(text).flatMap((b) => (b.kind === 'table' ? b.plan.flat().filter((c): c is Merge => typeof c === 'object') : []));
      const count = (re: RegExp) => xml.match(re)?.length ?? 0;
      const sum = (f: (m: Merge) => number) => merges.reduce((n, m) => n + f(m), 0);
      // A merged block's continuation cells carry its gridSpan too, one per row.
      expect(count(/<w:gridSpan w:val="\d+"\/>/g)).toBe(sum((m) => (m.colspan > 1 ? m.rowspan : 0)));
      expect(count(/<w:vMerge w:val="restart"\/>/g)).toBe(sum((m) => (m.rowspan > 1 ? 1 : 0)));
      expect(count(/<w:vMerge w:val="continue"\/>/g)).toBe(sum((m) => m.rowspan - 1));
      if (text.includes('\t')) expect(sum((m) => m.rowspan - 1) * sum((m) => m.colspan - 1)).toBeGreaterThan(0);
    });

    it('gives every table and metadata value of the truth', async () => {
      const report = await parse(bytes(), file);
      expect(report.source.format).toBe('docx');
      const wrong: string[] = [];
      for (const [path, want] of Object.entries(seed.truth)) {
        if (path === 'channels' || path.startsWith('narrative.') || path.startsWith('_')) continue;
        const got = getPath(report, path);
        if (got !== want) wrong.push(`${path}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
      }
      expect(wrong).toEqual([]);
    });

    it('gives the same tables, agency, year, date, narrative, channels and checks as the text', async () => {
      expect(content(await parse(bytes(), file))).toEqual(content(await parse(seed.bytes, name)));
    });

    it('every present cell has evidence: a row of the document holding its number', async () => {
      const r = await parse(bytes(), file);
      for (const path of cellPaths(r.template)) {
        const value = getPath(r, path);
        if (value === null) continue;
        const ev = r.evidence[path];
        expect(ev, path).toBeDefined();
        expect(ev.text.replace(/[,，\s]/g, ''), path).toContain(String(value).replace(/^0\./, '.').replace(/^-/, ''));
      }
    });
  });
});
