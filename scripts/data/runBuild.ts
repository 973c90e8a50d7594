/**
 * The dataset build from a corpus folder to an output folder:
 *   list → parse (worker threads; full reports staged on disk) → agencies → duplicates and
 *   conflicts → manifest → metric files, downloads (CSVs, Parquet), reports, build report; the
 *   manifest last, with the downloads' sizes.
 * Pure stages in between; reading at the start, writing at the end. Everything is written into
 * a fresh folder beside the output (`.<out>.next`), which replaces the output only once complete:
 * a build that fails half-way leaves the previous site as it was, never a mix of two builds.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildReport, Manifest, ReportDetail } from '../../src/lib/data/types';
import { metaFor, readMetaCsv, unmatchedMetaRows, type MetaTable } from '../../src/lib/report/parseMetaCsv';
import { parseReport } from '../../src/lib/report/parseReport';
import { calcDataset } from '../../src/lib/dataset/calcDataset';
import { formatJson } from '../../src/lib/dataset/formatJson';
import { parseCorpus } from '../../src/lib/dataset/parseCorpus';
import { loadGazetteer } from '../../src/lib/dataset/region/gazetteer';
import { nodeSha256 } from '../lib/nodeSha256';
import { listCorpus, type SkippedEntry } from './listCorpus';
import { runParsePool } from './runParsePool';
import { writeAreaCsvs } from './writeAreaCsvs';
import { writeDictionaryCsv } from './writeDictionaryCsv';
import { writeBuildReport } from './writeBuildReport';
import { writeFiguresCsv } from './writeFiguresCsv';
import { writeFiguresParquet } from './writeFiguresParquet';
import { addDownloadSizes } from './addDownloadSizes';
import { runDownloadWorkers } from './runDownloadWorkers';
import { writeManifest } from './writeManifest';
import { writeMetricFiles } from './writeMetricFiles';
import { prepareStaging, writeReports } from './writeReports';
import { prepareNextOut, swapInNextOut } from './swapInNextOut';

export interface BuildOptions {
  corpus: string;
  out: string;
  /** Parse worker threads (default: one per core); 0 parses in this thread. */
  workers?: number;
}

export interface BuildResult {
  manifest: Manifest;
  /** `report-details.json`: one per `manifest.reports` entry. */
  details: ReportDetail[];
  buildReport: BuildReport;
  /** Wall time of each stage in ms (for bench:build; never written to the datasets); `figuresCsv` and `figuresParquet` overlap the stages after `aggregate` when written by workers. */
  timings: Record<string, number>;
}

/** The corpus's meta.csv: its bytes (for the inputs hash) and table, or an error that the build reports and goes on without. */
async function readMeta(path: string): Promise<{ bytes: Uint8Array | null; table: MetaTable | null }> {
  try {
    const bytes = new Uint8Array(await readFile(path));
    return { bytes, table: readMetaCsv(bytes) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { bytes: null, table: null };
    const why = code === 'EISDIR' ? 'is a folder, not a file' : `cannot read (${code ?? String(err)})`;
    return { bytes: null, table: { overrides: new Map(), rowOf: new Map(), errors: [`meta.csv: ${why}; no overrides applied`] } };
  }
}

export async function runBuild(opts: BuildOptions): Promise<BuildResult> {
  const next = await prepareNextOut(opts.out);
  try {
    const result = await buildInto(opts.corpus, next, opts);
    await swapInNextOut(next, opts.out);
    return result;
  } catch (err) {
    await rm(next, { recursive: true, force: true });
    throw err;
  }
}

async function buildInto(corpus: string, out: string, opts: BuildOptions): Promise<BuildResult> {
  const timings: Record<string, number> = {};
  let t = performance.now();
  const lap = (stage: string) => {
    const now = performance.now();
    timings[stage] = Math.round(now - t);
    t = now;
  };
  const skipped: SkippedEntry[] = [];
  const entries = await listCorpus(corpus, skipped);
  const { bytes: metaBytes, table: meta } = await readMeta(join(corpus, 'meta.csv'));
  if (meta) meta.errors.push(...unmatchedMetaRows(meta, entries.map((e) => e.file)));
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
  const { manifest, details, buildReport, table, reports } = await calcDataset(
    { parsed, extraDigests: metaDigest, metaCsv: meta ? { errors: meta.errors } : null, skipped },
    nodeSha256,
  );

  lap('aggregate');
  const agencies = new Map(table.agencies.map((a) => [a.id, a]));
  // The long table (two 20-million-row files at 100,000 reports) in two worker threads meanwhile; in this thread when asked for none.
  const longTable =
    opts.workers === 0
      ? null
      : runDownloadWorkers(out, reports.kept, agencies).then((ms) => ({ figuresCsv: ms.csv, figuresParquet: ms.parquet }));
  longTable?.catch(() => {});
  await writeReports(out, reports.kept);
  lap('reports');
  await writeMetricFiles(out, manifest, reports.kept);
  lap('metricFiles');
  await writeAreaCsvs(out, reports.kept, agencies);
  await writeDictionaryCsv(out);
  lap('areaCsvs');
  if (longTable) {
    Object.assign(timings, await longTable);
    lap('waitLongTable');
  } else {
    await writeFiguresCsv(out, reports.kept, agencies);
    lap('figuresCsv');
    await writeFiguresParquet(out, reports.kept, agencies);
    lap('figuresParquet');
  }
  const final: Manifest = { ...manifest, files: await addDownloadSizes(out, manifest.files) };
  await writeManifest(out, final, details);
  await writeBuildReport(out, buildReport);
  lap('otherFiles');
  return { manifest: final, details, buildReport, timings };
}
