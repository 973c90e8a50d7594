/**
 * Fetches generated files once and keeps the promise: metric files by key, full reports by id,
 * the build report. URLs are relative to the page (the site runs under any sub-path).
 */
import type { Report } from '../report/types';
import { loadJson, reportUrl } from './loadJson';
import type { BuildReport, MetricFile, MetricInfo } from './types';

export class DataCache {
  #metrics = new Map<string, Promise<MetricFile>>();
  #reports = new Map<string, Promise<Report>>();
  #buildReport: Promise<BuildReport> | null = null;

  metric(info: Pick<MetricInfo, 'file' | 'key'>): Promise<MetricFile> {
    let p = this.#metrics.get(info.key);
    if (!p) {
      p = loadJson<MetricFile>(`./data/${info.file.split('/').map(encodeURIComponent).join('/')}`);
      this.#metrics.set(info.key, p);
      p.catch(() => this.#metrics.delete(info.key));
    }
    return p;
  }

  report(id: string): Promise<Report> {
    let p = this.#reports.get(id);
    if (!p) {
      p = loadJson<Report>(reportUrl(id));
      this.#reports.set(id, p);
      p.catch(() => this.#reports.delete(id));
    }
    return p;
  }

  buildReport(): Promise<BuildReport> {
    this.#buildReport ??= loadJson<BuildReport>('./data/build-report.json');
    return this.#buildReport;
  }
}
