/**
 * Loads generated files once and keeps the promise: metric files by key, full reports by id,
 * the build report. Where they come from is the `DataSource`: the site's `./data/` by default
 * (URLs relative to the page: the site runs under any sub-path), or the user's imported dataset.
 */
import type { Report } from '../report/types';
import { loadJson } from './loadJson';
import type { BuildReport, MetricFile, MetricInfo } from './types';

/** A dataset file by its path relative to the dataset folder (`manifest.json`, `reports/<id>.json`). */
export type DataSource = (path: string) => Promise<unknown>;

export const siteData: DataSource = (path) => loadJson(`./data/${path.split('/').map(encodeURIComponent).join('/')}`);

export class DataCache {
  #metrics = new Map<string, Promise<MetricFile>>();
  #reports = new Map<string, Promise<Report>>();
  #buildReport: Promise<BuildReport> | null = null;
  #read: DataSource;

  constructor(read: DataSource = siteData) {
    this.#read = read;
  }

  metric(info: Pick<MetricInfo, 'file' | 'key'>): Promise<MetricFile> {
    let p = this.#metrics.get(info.key);
    if (!p) {
      p = this.#read(info.file) as Promise<MetricFile>;
      this.#metrics.set(info.key, p);
      p.catch(() => this.#metrics.delete(info.key));
    }
    return p;
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

  buildReport(): Promise<BuildReport> {
    this.#buildReport ??= this.#read('build-report.json') as Promise<BuildReport>;
    return this.#buildReport;
  }
}
