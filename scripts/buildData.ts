/**
 * npm run build:data [-- CORPUS_DIR] [--out DIR]      (defaults: data/reports, public/data)
 *
 * Parses every report file of the corpus and writes the app's datasets:
 *   DIR/reports/<id>.json   each full report
 *   DIR/manifest.json       one line per report, sorted by agency then year
 *   DIR/build-report.json   the outcome of every input file
 * A `meta.csv` in the corpus folder overrides agency, year and region per file.
 * Deterministic: same inputs, byte-identical outputs. A file that cannot be parsed is reported
 * and skipped; only a missing corpus folder or a failed write stops the build.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeBytes } from '../src/lib/report/decodeBytes';
import { metaFor, parseMetaCsv, type MetaTable } from '../src/lib/report/parseMetaCsv';
import { parseReport } from '../src/lib/report/parseReport';
import { calcBuildReport } from './data/calcBuildReport';
import { calcInputsSha256 } from './data/calcInputsSha256';
import { calcManifest } from './data/calcManifest';
import { parseCorpus } from './data/parseCorpus';
import { listCorpus } from './data/listCorpus';
import { writeBuildReport } from './data/writeBuildReport';
import { writeManifest } from './data/writeManifest';
import { writeReports } from './data/writeReports';

function parseArgs(argv: string[]): { corpus: string; out: string } {
  let corpus = 'data/reports';
  let out = 'public/data';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = argv[++i] ?? out;
    else if (argv[i].startsWith('--out=')) out = argv[i].slice('--out='.length);
    else corpus = argv[i];
  }
  return { corpus, out };
}

const sha256 = (bytes: Uint8Array) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

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

async function main(): Promise<void> {
  const { corpus, out } = parseArgs(process.argv.slice(2));
  const entries = await listCorpus(corpus);
  const metaBytes = await readOptional(join(corpus, 'meta.csv'));
  const meta = metaBytes ? readMeta(metaBytes) : null;
  const parsed = await parseCorpus(entries, {
    read: async (file) => new Uint8Array(await readFile(join(corpus, file))),
    parse: parseReport,
    metaOf: (file) => (meta ? metaFor(meta, file) : undefined),
  });
  const inputsSha256 = calcInputsSha256(metaBytes ? [...parsed, { file: 'meta.csv', digest: sha256(metaBytes) }] : parsed);
  const manifest = calcManifest(parsed, inputsSha256);
  const buildReport = calcBuildReport(parsed, inputsSha256, meta ? { errors: meta.errors } : null);

  await mkdir(out, { recursive: true });
  await writeReports(out, parsed.flatMap((p) => (p.ok ? [p.report] : [])));
  await writeManifest(out, manifest);
  await writeBuildReport(out, buildReport);

  for (const e of meta?.errors ?? []) console.log(`  meta.csv       ${e}`);
  for (const f of buildReport.files) {
    if (f.outcome === 'error') console.log(`  error          ${f.file}: ${f.reason}`);
    if (f.outcome === 'failedChecks') console.log(`  failed checks  ${f.file}: ${f.failedChecks.join(', ')}`);
  }
  const { counts } = buildReport;
  console.log(
    `build:data: ${counts.files} files in ${corpus} → ${counts.parsed + counts.failedChecks} reports ` +
      `(${counts.failedChecks} with failed checks), ${counts.errors} errors → ${out} [${inputsSha256.slice(0, 19)}]`,
  );
}

main().catch((err: unknown) => {
  console.error(`build:data: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
