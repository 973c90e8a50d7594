/**
 * Trends on real multi-year data: the 26 crawled reports of four bodies of 平潭综合实验区
 * (../shared/corpus/crawled, 2019–2025, both templates) built into datasets. One agency per body
 * across all its years; the police bureau's new requests in at least four years; harmonised series
 * carrying values from both templates for one agency, each equal to the truth's cells.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild } from '../scripts/data/runBuild';
import type { DetailedEntry, Manifest, MetricFile } from '../src/lib/data/types';
import { hasShared, SHARED } from './seedTruth';
import { withDetails } from '../src/lib/data/withDetails';

const ok = hasShared('crawled');
const out = mkdtempSync(join(tmpdir(), 'crawled-trends-'));
afterAll(() => rmSync(out, { recursive: true, force: true }), 120_000); // a build is ~900 small files: slow to remove under load

type Truth = Record<string, unknown>;
const truthOf = (file: string): Truth => JSON.parse(readFileSync(`${SHARED}crawled-truth/${file.replace(/\.txt$/, '.json')}`, 'utf8'));
const BODIES = { ptzhsyq: '平潭综合实验区', ptzhsyqgaj: '平潭综合实验区公安局', ptzhsyqscj: '平潭综合实验区市场监督管理局', ptzhsyqshs: '平潭综合实验区社会事业局' };

describe.skipIf(!ok)('datasets from the crawled reports of 平潭综合实验区', async () => {
  const built = ok ? await runBuild({ corpus: `${SHARED}crawled`, out, workers: 0 }) : null;
  // Rows with their details (the source file of each report).
  const manifest = built ? { ...built.manifest, reports: withDetails(built.manifest.reports, built.details)! } : (null as unknown as Omit<Manifest, 'reports'> & { reports: DetailedEntry[] });
  const metric = (key: string) => JSON.parse(readFileSync(join(out, manifest.metrics.find((m) => m.key === key)!.file), 'utf8')) as MetricFile;
  const files = ok ? readdirSync(`${SHARED}crawled`).filter((f) => f.endsWith('.txt')) : [];
  const agencyOfFile = (file: string) => manifest.agencies.find((a) => a.id === manifest.reports.find((r) => r.file === file)!.agency)!;

  it('one agency per body, across all its years', () => {
    expect(manifest.agencies).toHaveLength(4);
    for (const [prefix, name] of Object.entries(BODIES)) {
      const mine = files.filter((f) => f.replace(/-\d{4}\.txt$/, '') === prefix);
      const ids = new Set(mine.map((f) => agencyOfFile(f).id));
      expect(ids.size, prefix).toBe(1);
      const agency = agencyOfFile(mine[0]);
      expect(agency.name).toBe(name);
      expect(agency.years).toEqual(mine.map((f) => Number(/(\d{4})\.txt$/.exec(f)![1])).sort());
    }
  });

  it('the police bureau’s new requests are there in at least four years, each as the report gives it', () => {
    const police = manifest.agencies.find((a) => a.name === BODIES.ptzhsyqgaj)!;
    const values = metric('derived.applicationsReceived').values;
    const years = manifest.reports.flatMap((r, i) => (r.agency === police.id && values[i] !== null ? [r.year] : []));
    expect(years.length).toBeGreaterThanOrEqual(4);
    manifest.reports.forEach((r, i) => {
      const t = truthOf(r.file)['applications.newReceived.total'];
      if (r.agency === police.id && typeof t === 'number') expect(values[i], r.file).toBe(t);
    });
  });

  it.each([
    ['series.otherDisposal.total', 'applications.otherDisposal.all.total', ['applications.otherDisposal.overdueCorrection.total', 'applications.otherDisposal.overdueFee.total', 'applications.otherDisposal.other.total']],
    ['series.normativeDocuments.issued', 'active.normativeDocuments.newlyMade', ['active.normativeDocuments.issued']],
  ] as const)('%s has values from both templates for one agency, equal to the truth’s cells', (key, from2019, from2021) => {
    const values = metric(key).values;
    const both = manifest.agencies.filter((a) => {
      const templates = new Set(manifest.reports.flatMap((r, i) => (r.agency === a.id && values[i] !== null ? [r.template] : [])));
      return templates.has('2019') && templates.has('2021');
    });
    expect(both.length, key).toBeGreaterThanOrEqual(1);
    manifest.reports.forEach((r, i) => {
      const t = truthOf(r.file);
      const parts = (r.template === '2019' ? [from2019] : from2021).map((p) => t[p]);
      if (values[i] !== null && parts.every((p) => typeof p === 'number')) expect(values[i], r.file).toBe((parts as number[]).reduce((s, x) => s + x, 0));
    });
  });
});
