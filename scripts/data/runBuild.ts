/**
 * The dataset build from a corpus folder to an output folder:
 *   list → parse (worker threads; full reports staged on disk) → agencies → duplicates and
 *   conflicts → manifest → metric files, CSVs, reports, build report.
 * Pure stages in between; reading at the start, writing at the end.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildReport, Manifest } from '../../src/lib/data/types';
import { decodeBytes } from '../../src/lib/report/decodeBytes';
import { metaFor, parseMetaCsv, type MetaTable } from '../../src/lib/report/parseMetaCsv';
import { parseReport } from '../../src/lib/report/parseReport';
import { nodeSha256 } from '../lib/nodeSha256';
import { calcAgencies } from './agencies/calcAgencies';
import { calcBuildReport } from './calcBuildReport';
import { calcInputsSha256 } from './calcInputsSha256';
import { calcKeptReports } from './calcKeptReports';
import { calcManifest } from './calcManifest';
import { formatJson } from './formatJson';
import { listCorpus } from './listCorpus';
import { parseCorpus } from './parseCorpus';
import type { ReportRecord } from './reportRecord';
import { runParsePool } from './runParsePool';
import { writeAreaCsvs } from './writeAreaCsvs';
import { writeBuildReport } from './writeBuildReport';
import { writeFiguresCsv } from './writeFiguresCsv';
import { writeManifest } from './writeManifest';
import { writeMetricFiles } from './writeMetricFiles';
import { prepareStaging, writeReports } from './writeReports';

export interface BuildOptions {
  corpus: string;
  out: string;
  /** Parse worker threads (default: one per core); 0 parses in this thread. */
  workers?: number;
}

export interface BuildResult {
  manifest: Manifest;
  buildReport: BuildReport;
  /** Wall time of each stage in ms (for bench:build; never written to the datasets). */
  timings: Record<string, number>;
}

async function readOptional(path: string): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** meta.csv as saved by any spreadsheet: UTF-8, GB18030 or UTF-16, like the reports. */
function readMeta(bytes: Uint8Array): MetaTable {
  const decoded = decodeBytes(bytes);
  return decoded.ok ? parseMetaCsv(decoded.text) : { overrides: new Map(), errors: [`meta.csv: ${decoded.error}`] };
}

export async function runBuild(opts: BuildOptions): Promise<BuildResult> {
  const { corpus, out } = opts;
  const timings: Record<string, number> = {};
  let t = performance.now();
  const lap = (stage: string) => {
    const now = performance.now();
    timings[stage] = Math.round(now - t);
    t = now;
  };
  const entries = await listCorpus(corpus);
  const metaBytes = await readOptional(join(corpus, 'meta.csv'));
  const meta = metaBytes ? readMeta(metaBytes) : null;
  await mkdir(out, { recursive: true });
  const staging = await prepareStaging(out);

  const parsed =
    opts.workers === 0
      ? await parseCorpus(entries, {
          read: async (file) => new Uint8Array(await readFile(join(corpus, file))),
          parse: (bytes, o) => parseReport(bytes, { ...o, sha256: nodeSha256 }),
          stage: (index, report) => writeFile(join(staging, `${index}.json`), formatJson(report)),
          metaOf: (file) => (meta ? metaFor(meta, file) : undefined),
        })
      : await runParsePool(entries, { corpus, staging, meta: meta?.overrides ?? new Map(), workers: opts.workers });

  lap('parse');
  const metaDigest = metaBytes ? [{ file: 'meta.csv', digest: `sha256:${createHash('sha256').update(metaBytes).digest('hex')}` }] : [];
  const inputsSha256 = calcInputsSha256([...parsed, ...metaDigest]);
  const records: ReportRecord[] = parsed.flatMap((p) => (p.ok ? [p.record] : []));
  const table = calcAgencies(records);
  const reports = calcKeptReports(records, table);
  const manifest = calcManifest(table, reports, inputsSha256);
  const buildReport = calcBuildReport(parsed, reports, table, manifest, meta ? { errors: meta.errors } : null);

  lap('aggregate');
  const agencies = new Map(table.agencies.map((a) => [a.id, a]));
  await writeReports(out, reports.kept);
  lap('reports');
  await writeMetricFiles(out, manifest, reports.kept);
  lap('metricFiles');
  await writeFiguresCsv(out, reports.kept, agencies);
  lap('figuresCsv');
  await writeAreaCsvs(out, reports.kept, agencies);
  await writeManifest(out, manifest);
  await writeBuildReport(out, buildReport);
  lap('otherFiles');
  return { manifest, buildReport, timings };
}
