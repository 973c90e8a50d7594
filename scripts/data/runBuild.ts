/**
 * The dataset build from a corpus folder to an output folder:
 *   list → parse (worker threads; full reports staged on disk) → agencies → duplicates and
 *   conflicts → manifest → metric files, CSVs, reports, build report.
 * Pure stages in between; reading at the start, writing at the end.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildReport, Manifest } from '../../src/lib/data/types';
import { decodeBytes } from '../../src/lib/report/decodeBytes';
import { metaFor, parseMetaCsv, type MetaTable } from '../../src/lib/report/parseMetaCsv';
import { parseReport } from '../../src/lib/report/parseReport';
import { calcDataset } from '../../src/lib/dataset/calcDataset';
import { formatJson } from '../../src/lib/dataset/formatJson';
import { parseCorpus } from '../../src/lib/dataset/parseCorpus';
import { loadGazetteer } from '../../src/lib/dataset/region/gazetteer';
import { nodeSha256 } from '../lib/nodeSha256';
import { listCorpus } from './listCorpus';
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
          parse: parseReport,
          sha256: nodeSha256,
          gazetteer: await loadGazetteer(),
          stage: (index, report) => writeFile(join(staging, `${index}.json`), formatJson(report)),
          metaOf: (file) => (meta ? metaFor(meta, file) : undefined),
        })
      : await runParsePool(entries, { corpus, staging, meta: meta?.overrides ?? new Map(), workers: opts.workers });

  lap('parse');
  const metaDigest = metaBytes ? [{ file: 'meta.csv', digest: `sha256:${nodeSha256(metaBytes)}` }] : [];
  const { manifest, buildReport, table, reports } = await calcDataset(
    { parsed, extraDigests: metaDigest, metaCsv: meta ? { errors: meta.errors } : null },
    nodeSha256,
  );

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
