/**
 * The chart slices against the whole dataset, on a synthetic manifest (made up here, never real
 * data): 60 agencies × 2019–2024 in 8 shards, a conflict, a report without a year, blanks. A chart
 * drawn from the drawn agencies' shards must be the chart drawn from every report.
 */
import { describe, expect, it } from 'vitest';
import { calcExploreChart } from '../explore/calcExploreChart';
import { trendAgencies } from '../explore/calcSeries';
import { DEFAULT_VIEW, type View } from '../view/parseView';
import { calcCoreManifest } from './calcCoreManifest';
import { calcManifestIndex } from './calcManifestIndex';
import { calcMetricRows } from './calcMetricRows';
import { calcShardFiles } from './calcShardFiles';
import { calcTrendPicks } from './calcTrendPicks';
import { DataCache } from './dataCache';
import { exploreDataFits, loadExploreData, needsEveryAgency } from './loadExploreData';
import { metricSlicePath } from './metricSlicePath';
import { packManifest } from './packManifest';
import { calcShardCount, shardOf } from './shardOf';
import { sliceMetricFile } from './sliceMetricFile';
import { DATASET_SCHEMA_VERSION, type AgencyEntry, type Manifest, type ManifestEntry, type MetricFile, type MetricInfo } from './types';
import { unpackShards } from './unpackShards';

const SHARDS = 8;
const metric: MetricInfo = { key: 'applications.total.total', group: 'applications', file: 'applications/applications.total.total.json', label: { zh: '总计', en: 'Total' }, unit: 'count', templates: ['2019', '2021'], count: 0 };
const only2021: MetricInfo = { ...metric, key: 'review.total', group: 'review', file: 'review/review.total.json', templates: ['2021'] };

function syntheticDataset() {
  const agencies: AgencyEntry[] = Array.from({ length: 60 }, (_, i) => ({
    id: `a${(i * 7919).toString(36)}x`,
    name: `合成机关${String(i).padStart(2, '0')}`,
    aliases: [],
    pinyin: `he cheng ji guan ${i}`,
    initials: 'hcjg',
    region: { province: i % 2 ? '甲省' : '乙省', city: null, county: null },
    regionFrom: 'meta',
    level: i % 3 ? 'city' : 'county',
    years: [],
  }));
  const reports: ManifestEntry[] = [];
  const values: (number | null)[] = [];
  const values2021: (number | null)[] = [];
  agencies.forEach((a, i) => {
    for (let year = 2019; year <= 2024; year++) {
      if ((i + year) % 5 === 0) continue; // some years without a report
      const template = year < 2021 ? '2019' : '2021';
      reports.push({ id: `${a.id.slice(1)}-${year}`, agency: a.id, name: a.name, year, template, failedChecks: [], synthetic: true });
      const v = (i * 37 + year * 11) % 97;
      values.push((i + year) % 7 === 0 ? null : v);
      values2021.push(template === '2021' ? v + 1 : null);
      if (i === 4 && year === 2022) {
        // A conflict: a second report of the same agency and year, listed right after the first.
        reports.push({ id: `${a.id.slice(1)}-${year}-2`, agency: a.id, name: a.name, year, template, failedChecks: [], synthetic: true, conflict: 0 });
        values.push(1000);
        values2021.push(1000);
      }
    }
    if (i === 5) {
      reports.push({ id: 'noyear', agency: a.id, name: a.name, year: null, template: null, failedChecks: [], synthetic: true, noTables: true });
      values.push(null);
      values2021.push(null);
    }
  });
  reports.find((r) => r.agency === agencies[4].id && r.year === 2022)!.conflict = 0;
  const manifest: Manifest = {
    schemaVersion: DATASET_SCHEMA_VERSION,
    inputsSha256: 'sha256:synthetic',
    agencies,
    years: [2019, 2020, 2021, 2022, 2023, 2024],
    reports,
    metrics: [metric, only2021],
    conflicts: [{ agency: agencies[4].id, year: 2022, reports: [`${agencies[4].id.slice(1)}-2022`, `${agencies[4].id.slice(1)}-2022-2`], differing: [metric.key] }],
    files: [],
  };
  const file = (m: MetricInfo, v: (number | null)[]): MetricFile => ({ schemaVersion: DATASET_SCHEMA_VERSION, inputsSha256: manifest.inputsSha256, key: m.key, values: v });
  return { manifest, files: new Map([[metric.key, file(metric, values)], [only2021.key, file(only2021, values2021)]]) };
}

const { manifest, files } = syntheticDataset();
const core = calcCoreManifest(manifest, SHARDS);
const index = calcManifestIndex(manifest);

/** The dataset's files as the build writes them, served from memory; the paths read are noted. */
function serve() {
  const served = new Map<string, unknown>([['manifest.json', packManifest(manifest)], ['core.json', core]]);
  const { files: shardFiles, positions } = calcShardFiles(manifest, SHARDS);
  for (const f of shardFiles) served.set(`shards/${f.shard}.json`, f);
  for (const m of manifest.metrics) {
    const f = files.get(m.key)!;
    served.set(m.file, f);
    positions.forEach((pos, n) => served.set(metricSlicePath(m.file, n), sliceMetricFile(f, pos)));
    served.set(metricSlicePath(m.file, 'top'), { schemaVersion: DATASET_SCHEMA_VERSION, inputsSha256: manifest.inputsSha256, key: m.key, ...calcTrendPicks(manifest, index, m, f) });
  }
  const read: string[] = [];
  const data = new DataCache(async (path) => {
    read.push(path);
    if (!served.has(path)) throw new Error(`no ${path}`);
    return structuredClone(served.get(path));
  }, manifest.inputsSha256);
  return { data, read };
}

const view = (patch: Partial<View>): View => ({ ...DEFAULT_VIEW, metric: metric.key, ...patch });
/** What a chart shows: its lines with their points, the ranked rows. */
const drawn = (c: ReturnType<typeof calcExploreChart>) => ({
  years: c.years,
  picked: c.picked,
  series: c.series.map((s) => [s.key, s.name, s.rows.map((r) => [r.report, r.year, r.value])]),
  rankedYears: c.rankedYears,
  ranked: c.rankedRows.map((r) => [r.report, r.value]),
});
const fullChart = (v: View, m = metric) => calcExploreChart(v, core, m, { key: m.key, manifest, index, file: files.get(m.key)!, trend: null, shards: null });

describe('chart slices', () => {
  it('every agency is in one shard, and the shards hold every report once, in manifest order within a shard', () => {
    const { files: shardFiles } = calcShardFiles(manifest, SHARDS);
    expect(shardFiles.every((f) => f.agencies.every((a) => shardOf(a.id, SHARDS) === f.shard))).toBe(true);
    expect(shardFiles.filter((f) => f.agencies.length > 0).length).toBeGreaterThan(4);
    const all = unpackShards(core, shardFiles);
    expect(all.reports.length).toBe(manifest.reports.length);
    const byId = new Map(manifest.reports.map((r) => [r.id, r]));
    for (const r of all.reports) expect(r).toEqual(byId.get(r.id));
  });

  it('the shard count grows with the agencies, a power of two, at most 64', () => {
    expect([0, 8, 9, 100, 2859, 14301].map(calcShardCount)).toEqual([1, 1, 2, 16, 64, 64]);
  });

  it("the build's default lines are trendAgencies over every report of the metric's templates", () => {
    for (const m of manifest.metrics) {
      const rows = calcMetricRows(manifest, index, files.get(m.key)!, { templates: m.templates });
      expect(calcTrendPicks(manifest, index, m, files.get(m.key)!).trend).toEqual(trendAgencies(rows, 12));
    }
  });

  it('with nothing picked, the line chart and small multiples load top.json and the shards of their lines only, and draw what every report draws', async () => {
    for (const chart of ['line', 'multiples'] as const)
      for (const m of manifest.metrics) {
        const { data, read } = serve();
        const v = view({ chart, metric: m.key });
        const d = await loadExploreData(v, core, m, data);
        expect(read).not.toContain('manifest.json');
        expect(read).not.toContain(m.file);
        expect(read.filter((p) => p.startsWith('shards/')).length).toBeLessThanOrEqual(chart === 'line' ? 5 : 8);
        expect(exploreDataFits(d, v, m, core)).toBe(true);
        expect(drawn(calcExploreChart(v, core, m, d)).series).toEqual(drawn(fullChart(v, m)).series);
      }
  });

  it('picked agencies (one in a conflict, one with a report without a year, one unknown) load their shards and draw as from every report', async () => {
    const { data, read } = serve();
    const picked = [manifest.agencies[4].id, manifest.agencies[5].id, manifest.agencies[40].id, 'anonesuch'];
    const v = view({ agencies: picked, years: [2020, 2023] });
    expect(needsEveryAgency(v)).toBe(false);
    const d = await loadExploreData(v, core, metric, data);
    expect(read).not.toContain('manifest.json');
    expect(drawn(calcExploreChart(v, core, metric, d))).toEqual(drawn(fullChart(v)));
  });

  it('the ranked chart, a region or level filter, or a year range with nothing picked load every report', async () => {
    for (const patch of [{ chart: 'ranked' as const }, { province: '甲省' }, { level: 'county' as const }, { years: [2021, 2022] as [number, number] }]) {
      const { data, read } = serve();
      const v = view(patch);
      const d = await loadExploreData(v, core, metric, data);
      expect(read).toContain('manifest.json');
      expect(drawn(calcExploreChart(v, core, metric, d))).toEqual(drawn(fullChart(v)));
    }
  });

  it("a view's shards never draw another view that needs other agencies or all of them", async () => {
    const { data } = serve();
    const line = await loadExploreData(view({}), core, metric, data);
    expect(exploreDataFits(line, view({ chart: 'ranked' }), metric, core)).toBe(false);
    expect(exploreDataFits(line, view({ province: '甲省' }), metric, core)).toBe(false);
    expect(exploreDataFits(line, view({}), only2021, core)).toBe(false);
    const outside = manifest.agencies.find((a) => !line.shards!.has(shardOf(a.id, SHARDS)))!;
    expect(exploreDataFits(line, view({ agencies: [outside.id] }), metric, core)).toBe(false);
    const all = await loadExploreData(view({ chart: 'ranked' }), core, metric, data);
    expect(exploreDataFits(all, view({ agencies: [outside.id] }), metric, core)).toBe(true);
  });

  it('a shard of another build is refused with a message', async () => {
    const other = new DataCache(async () => ({ schemaVersion: DATASET_SCHEMA_VERSION, inputsSha256: 'sha256:other', shard: 0, agencies: [], reports: {} }), manifest.inputsSha256);
    await expect(other.shard(0)).rejects.toThrow(/another build/);
    await expect(other.metricShard(metric, 0)).rejects.toThrow(/another build/);
  });
});
