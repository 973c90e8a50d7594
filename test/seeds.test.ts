import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/lib/report/parseReport';
import { cellPaths, getPath } from '../src/lib/report/schema';
import type { Report } from '../src/lib/report/types';
import { hasShared, loadSeeds } from './seedTruth';

const seeds = loadSeeds();

async function parseSeed(bytes: Uint8Array, name: string): Promise<Report> {
  const outcome = await parseReport(bytes, { file: name });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.report;
}

describe.skipIf(!hasShared('seeds'))('seed reports give every truth value (tables, metadata)', () => {
  it('has five seeds', () => expect(seeds.length).toBe(5));
  for (const seed of seeds) {
    it(`${seed.name}: every table and metadata path matches`, async () => {
      const report = await parseSeed(seed.bytes, seed.name);
      const wrong: string[] = [];
      for (const [path, want] of Object.entries(seed.truth)) {
        if (path === 'channels' || path.startsWith('narrative.') || path.startsWith('_')) continue;
        const got = getPath(report, path);
        if (got !== want) wrong.push(`${path}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
      }
      expect(wrong).toEqual([]);
    });

    it(`${seed.name}: every present cell has evidence pointing at a source line holding its number`, async () => {
      const report = await parseSeed(seed.bytes, seed.name);
      const lines = new TextDecoder().decode(seed.bytes).split(/\r\n|\r|\n/);
      for (const path of cellPaths(report.template)) {
        const value = getPath(report, path);
        if (value === null) continue;
        const ev = report.evidence[path];
        expect(ev, path).toBeDefined();
        expect(lines[ev.line - 1].trim()).toBe(ev.text);
        expect(ev.text.replace(/[,，\s]/g, ''), path).toContain(String(value).replace(/^0\./, '.').replace(/^-/, ''));
      }
    });
  }
});

describe.skipIf(!hasShared('seeds'))('seed reports: checks and warnings say what is wrong', () => {
  const byName = (prefix: string) => seeds.find((s) => s.name.startsWith(prefix))!;

  it('blank cells in seed 001 fail cells.complete and name the rows', async () => {
    const r = await parseSeed(byName('001').bytes, '001');
    const complete = r.checks.find((c) => c.rule === 'cells.complete')!;
    expect(complete.ok).toBe(false);
    expect(complete.message).toContain('表三「不予公开·属于国家秘密」整行');
    expect(complete.message).toContain('表三「本年新收政府信息公开申请数量」自然人');
  });

  it('seed 001 table 4 row with 16 numbers keeps the 15 that fit and warns', async () => {
    const r = await parseSeed(byName('001').bytes, '001');
    expect(r.litigationAfterReview.total).toBe(0);
    expect(r.warnings.some((w) => w.includes('表四') && w.includes('16 个数字'))).toBe(true);
  });

  it('seed 003 rows with a missing cell keep placed values and leave the missing one null', async () => {
    const r = await parseSeed(byName('003').bytes, '003');
    expect(r.applications.unableToProvide.notHeld.natural).toBe(6);
    expect(r.applications.unableToProvide.notHeld.total).toBeNull();
    expect(r.review.total).toBeNull();
    expect(r.checks.find((c) => c.rule === 'cells.complete')!.message).toContain('表四行政复议整组');
  });

  it('a consistent seed passes the arithmetic checks', async () => {
    const r = await parseSeed(byName('000').bytes, '000');
    for (const rule of ['applications.balance', 'applications.outcomes', 'applications.columns', 'table4.totals', 'cells.complete'])
      expect(r.checks.find((c) => c.rule === rule)?.ok, rule).toBe(true);
  });

  it('template comes from the table headers', async () => {
    expect((await parseSeed(byName('001').bytes, '001')).template).toBe('2019');
    expect((await parseSeed(byName('004').bytes, '004')).template).toBe('2021');
  });

  it('every report runs every rule of the schema once', async () => {
    const r = await parseSeed(byName('002').bytes, '002');
    expect(r.checks.map((c) => c.rule).sort()).toEqual(
      ['applications.balance', 'applications.columns', 'applications.outcomes', 'cells.complete', 'narrative.applications', 'table4.totals'].sort(),
    );
  });

  it('the same input gives the same id and the same JSON', async () => {
    const a = await parseSeed(byName('004').bytes, '004');
    const b = await parseSeed(byName('004').bytes, '004');
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.id).toMatch(/^[a-z0-9-]+$/);
  });
});
