/**
 * The three real published PDFs of ../shared/corpus/pdf (WPS exports: tables crossing
 * pages, stacked vertical labels, page numbers inside table 3, a single （六）其他处理
 * row, a table 4 whose totals are printed 0) against ../shared/corpus/pdf-truth:
 * every table cell, the metadata, the fee, the prose application figures and the
 * channels. No wrong value and no blank turned into 0, ever; the few truth values
 * the parser does not reach yet are named below with the reason, and none may be
 * read wrong. Skips, with one line, where ../shared is absent (a fresh clone).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/lib/report/parseReport';
import { cellPaths, getPath } from '../src/lib/report/schema';
import type { Report } from '../src/lib/report/types';
import { useNodePdfAssets } from '../scripts/lib/nodePdfAssets';
import { hasShared, SHARED } from './seedTruth';

useNodePdfAssets();

const PDF = `${SHARED}pdf/`;
const TRUTH = `${SHARED}pdf-truth/`;
const present = hasShared('pdf') && hasShared('pdf-truth');

/** Truth the parser does not reach yet (null or absent in the report, never a different value): path → why. */
const NOT_YET: Record<string, Record<string, string>> = {};

interface Channel {
  channel: string;
  metric: string;
  value: number;
  approximate: boolean;
}

/** Every truth value → [key, want, got]; channels keyed by channel/metric/value. */
function compare(report: Report, truth: Record<string, unknown>): [string, unknown, unknown][] {
  const out: [string, unknown, unknown][] = [];
  for (const [path, want] of Object.entries(truth)) {
    if (path.startsWith('_')) continue;
    if (path !== 'channels') {
      out.push([path, want, getPath(report, path)]);
      continue;
    }
    for (const c of want as Channel[]) {
      const got = report.channels.find((g) => g.channel === c.channel && g.metric === c.metric && g.value === c.value);
      out.push([`channels:${c.channel}/${c.metric}/${c.value}`, c.approximate, got ? got.approximate : null]);
    }
  }
  return out;
}

const names = present ? readdirSync(PDF).filter((f) => f.endsWith('.pdf')).sort() : [];

describe.skipIf(!present)('the real PDF reports give their truth values', () => {
  const score = { right: 0, total: 0 };
  it('has three PDFs with truth', () => expect(names.length).toBe(3));

  for (const name of names) {
    const stem = name.replace(/\.pdf$/, '');
    it(`${stem}: no wrong value, no blank turned into 0; every value right but the named gaps`, async () => {
      const outcome = await parseReport(new Uint8Array(readFileSync(PDF + name)), { file: name });
      if (!outcome.ok) throw new Error(outcome.error);
      const truth = JSON.parse(readFileSync(`${TRUTH}${stem}.json`, 'utf8')) as Record<string, unknown>;
      const gaps = NOT_YET[stem] ?? {};
      const wrong: string[] = [];
      for (const [key, want, got] of compare(outcome.report, truth)) {
        score.total++;
        if (got === want) score.right++;
        else if (key in gaps && (got === null || got === undefined || key === 'agency.name')) continue;
        else wrong.push(`${key}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
      }
      if (gaps['agency.name']) expect(outcome.report.agency.aliases.concat(outcome.report.agency.name)).toContain('洪泽区人民政府');
      expect(wrong).toEqual([]);
      // Tables, fee and metadata: every table cell of the template is in the truth, and right.
      for (const path of cellPaths(outcome.report.template))
        if (path in truth) expect(getPath(outcome.report, path), path).toBe(truth[path]);
    });

    it(`${stem}: every read cell's evidence names its page and holds its number`, async () => {
      const outcome = await parseReport(new Uint8Array(readFileSync(PDF + name)), { file: name });
      if (!outcome.ok) throw new Error(outcome.error);
      const r = outcome.report;
      for (const path of cellPaths(r.template)) {
        const value = getPath(r, path);
        if (value === null || value === undefined) continue;
        const ev = r.evidence[path];
        expect(ev, path).toBeDefined();
        expect(ev.page, path).toBeGreaterThanOrEqual(1);
        expect(ev.box?.length, path).toBe(4);
        expect(ev.text.replace(/[,，\s]/g, ''), path).toContain(String(value));
      }
    });
  }

  it('prints the figure', () => {
    console.log(`real PDFs: ${score.right} of ${score.total} truth values right`);
    expect(score.total).toBeGreaterThan(500);
  });
});
