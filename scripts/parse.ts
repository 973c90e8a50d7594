/**
 * CLI: `npm run -s parse -- FILE...` prints a JSON array of report objects, one
 * per readable file, in argument order. Unreadable files get one line each on
 * stderr naming the file and the reason; exit status 1 if any, else 0.
 * Failed checks are part of a report, not errors. A `meta.csv` beside a file
 * overrides its agency, year and region.
 */
import { readFileSync, statSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { metaFor, parseMetaCsv, type MetaTable } from '../src/lib/report/parseMetaCsv';
import { formatOf, maxInputBytes, parseReport } from '../src/lib/report/parseReport';
import { nodeSha256 } from './lib/nodeSha256';
import { useNodePdfAssets } from './lib/nodePdfAssets';

useNodePdfAssets();
import type { Report } from '../src/lib/report/types';

const metaCache = new Map<string, MetaTable | null>();

function metaTableFor(dir: string): MetaTable | null {
  if (!metaCache.has(dir)) {
    const path = join(dir, 'meta.csv');
    let table: MetaTable | null = null;
    if (existsSync(path)) {
      table = parseMetaCsv(readFileSync(path, 'utf8'));
      for (const e of table.errors) process.stderr.write(`${path}: ${e}\n`);
    }
    metaCache.set(dir, table);
  }
  return metaCache.get(dir)!;
}

function readBytes(file: string): Uint8Array | string {
  try {
    const st = statSync(file);
    if (st.isDirectory()) return 'is a directory';
    const max = maxInputBytes(formatOf(file));
    if (st.size > max) return `file too large (${(st.size / 1024 / 1024).toFixed(1)} MB; a report is at most ${max / 1024 / 1024} MB)`;
    return readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? e})`;
  }
}

async function main(files: string[]): Promise<number> {
  if (!files.length) {
    process.stderr.write('usage: npm run -s parse -- FILE...\n');
    return 2;
  }
  const reports: Report[] = [];
  let failed = 0;
  for (const file of files) {
    const bytes = readBytes(file);
    const outcome =
      typeof bytes === 'string'
        ? { ok: false as const, file, error: bytes }
        : await parseReport(bytes, { file: basename(file), sha256: nodeSha256, meta: metaFor(metaTableFor(dirname(file)) ?? { overrides: new Map(), errors: [] }, basename(file)) });
    if (outcome.ok) reports.push(outcome.report);
    else {
      failed++;
      process.stderr.write(`${file}: ${outcome.error}\n`);
    }
  }
  process.stdout.write(JSON.stringify(reports, null, 2) + '\n');
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
