/**
 * Loads generated files once and keeps the promise: metric files by key, full reports by id,
 * the reports' details (data-quality view), the build report. Where they come from is the `DataSource`: the site's `./data/` by default
 * (URLs relative to the page: the site runs under any sub-path), or the user's imported dataset.
 * A metric file of another build than the manifest's (a half-copied site, a stale cache) is
 * refused: its values would be drawn against the wrong reports.
 */
import type { Report } from '../report/types';
import { calcManifestIndex, type ManifestIndex } from './calcManifestIndex';
import { loadJson } from './loadJson';
import { metricSlicePath } from './metricSlicePath';
import { readManifest } from './readManifest';
import type { AgenciesFile, AgencyEntry, BuildReport, Manifest, MetricFile, MetricInfo, MetricTopFile, ReportDetail, ReportDetailsFile, ShardFile } from './types';

/** Every agency and report row (`manifest.json`) with its lookups: what the views that list them all need. */
export interface FullManifest {
  manifest: Manifest;
  index: ManifestIndex;
}

/** A dataset file by its path relative to the dataset folder (`manifest.json`, `reports/<id>.json`). */
export type DataSource = (path: string) => Promise<unknown>;

export const siteData: DataSource = (path) => loadJson(`./data/${path.split('/').map(encodeURIComponent).join('/')}`);

export class DataCache {
  /** Files of this build by path: metric files and their slices, agencies.json, shards, report-details.json. */
  #files = new Map<string, Promise<unknown>>();
  #full: Promise<FullManifest> | null = null;
  #reports = new Map<string, Promise<Report>>();
  #buildReport: Promise<BuildReport> | null = null;
  #read: DataSource;
  #inputsSha256: string | undefined;

  /** `inputsSha256`: the manifest's; metric files must carry the same. */
  constructor(read: DataSource = siteData, inputsSha256?: string) {
    this.#read = read;
    this.#inputsSha256 = inputsSha256;
  }

  metric(info: Pick<MetricInfo, 'file' | 'key'>): Promise<MetricFile> {
    return this.#once<MetricFile>(info.file);
  }

  /** A file of this build by its path, loaded once (a failed load is tried again next time). */
  #once<F extends { inputsSha256: string }>(path: string): Promise<F> {
    let p = this.#files.get(path) as Promise<F> | undefined;
    if (!p) {
      p = (this.#read(path) as Promise<F>).then((f) => checkSameBuild(f, this.#inputsSha256, path));
      this.#files.set(path, p);
      p.catch(() => this.#files.delete(path));
    }
    return p;
  }

  /** `manifest.json`: every agency and report, with the lookups (Agency, Compare, Quality). */
  full(): Promise<FullManifest> {
    if (!this.#full) {
      const p = readManifest(this.#read).then((manifest) => ({ manifest: checkSameBuild(manifest, this.#inputsSha256, 'manifest.json'), index: calcManifestIndex(manifest) }));
      p.catch(() => (this.#full = null));
      this.#full = p;
    }
    return this.#full;
  }

  /** `agencies.json`: every agency, for the search. */
  agencies(): Promise<AgencyEntry[]> {
    return this.#once<AgenciesFile>('agencies.json').then((f) => f.agencies);
  }

  /** `shards/<n>.json`: the agencies of shard n and their reports. */
  shard(n: number): Promise<ShardFile> {
    return this.#once<ShardFile>(`shards/${n}.json`);
  }

  /** `<group>/<key>/<n>.json`: a metric's values for the reports of shard n. */
  metricShard(info: Pick<MetricInfo, 'file'>, n: number): Promise<MetricFile> {
    return this.#once<MetricFile>(metricSlicePath(info.file, n));
  }

  /** `<group>/<key>/top.json`: a metric's default lines and valued years. */
  metricTop(info: Pick<MetricInfo, 'file'>): Promise<MetricTopFile> {
    return this.#once<MetricTopFile>(metricSlicePath(info.file, 'top'));
  }

  report(id: string): Promise<Report> {
    let p = this.#reports.get(id);
    if (!p) {
      p = this.#read(`reports/${id}.json`) as Promise<Report>;
      this.#reports.set(id, p);
      p.catch(() => this.#reports.delete(id));
    }
    return p;
  }

  /** `report-details.json`: one `ReportDetail` per manifest report, in manifest order. */
  reportDetails(): Promise<ReportDetail[]> {
    return this.#once<ReportDetailsFile>('report-details.json').then((f) => f.details);
  }

  buildReport(): Promise<BuildReport> {
    this.#buildReport ??= this.#read('build-report.json') as Promise<BuildReport>;
    return this.#buildReport;
  }
}

/** The one check that a metric file belongs to the manifest's build. */
export function checkSameBuild<F extends { inputsSha256: string }>(file: F, inputsSha256: string | undefined, path: string): F {
  if (inputsSha256 === undefined || file?.inputsSha256 === inputsSha256) return file;
  const short = (h: unknown) => (typeof h === 'string' ? h.replace(/^sha256:/, '').slice(0, 8) : '?');
  throw new Error(
    `${path} 来自另一次构建（数据版本 ${short(file?.inputsSha256)}，清单为 ${short(inputsSha256)}），不予显示；请重新构建或刷新页面 · ` +
      `${path} is from another build (data version ${short(file?.inputsSha256)}, the manifest's is ${short(inputsSha256)}): not shown; rebuild or reload`,
  );
}
