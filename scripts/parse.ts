/**
 * CLI: `npm run -s parse -- FILE...` prints a JSON array of report objects, one
 * per readable file, in argument order. Unreadable files get one line each on
 * stderr naming the file and the reason; exit status 1 if any, else 0.
 * Failed checks are part of a report, not errors. A `meta.csv` beside a file
 * overrides its agency, year and region (read like the build reads it: any
 * encoding, row problems on stderr). Reports are written out as they are parsed,
 * so memory holds one report at a time, whatever the number of files.
 */
import { readFileSync, statSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { metaFor, readMetaCsv, type MetaTable } from '../src/lib/report/parseMetaCsv';
import { formatOf, maxInputBytes, parseReport } from '../src/lib/report/parseReport';
import { escapeTerminal } from './lib/escapeTerminal';
import { nodeSha256 } from './lib/nodeSha256';
import { useNodePdfAssets } from './lib/nodePdfAssets';

useNodePdfAssets();

const metaCache = new Map<string, MetaTable | null>();

function metaTableFor(dir: string): MetaTable | null {
  if (!metaCache.has(dir)) {
    const path = join(dir, 'meta.csv');
    let table: MetaTable | null = null;
    if (existsSync(path)) {
      const bytes = readBytes(path);
      table = typeof bytes === 'string' ? { overrides: new Map(), rowOf: new Map(), errors: [`meta.csv: ${bytes}`] } : readMetaCsv(bytes);
      for (const e of table.errors) process.stderr.write(`${escapeTerminal(path)}: ${escapeTerminal(e)}\n`);
    }
    metaCache.set(dir, table);
  }
  return metaCache.get(dir)!;
}

function metaOf(file: string) {
  const table = metaTableFor(dirname(file));
  return table ? metaFor(table, basename(file)) : undefined;
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
  let written = 0;
  let failed = 0;
  const write = (text: string) => new Promise<void>((resolve) => (process.stdout.write(text) ? resolve() : process.stdout.once('drain', resolve)));
  await write('[');
  for (const file of files) {
    const bytes = readBytes(file);
    const outcome =
      typeof bytes === 'string'
        ? { ok: false as const, file, error: bytes }
        : await parseReport(bytes, { file: basename(file), sha256: nodeSha256, meta: metaOf(file) });
    if (outcome.ok) {
      const text = JSON.stringify(outcome.report, null, 2).replace(/\n/g, '\n  ');
      await write(`${written++ ? ',' : ''}\n  ${text}`);
    } else {
      failed++;
      process.stderr.write(`${escapeTerminal(file)}: ${escapeTerminal(outcome.error)}\n`);
    }
  }
  await write(written ? '\n]\n' : ']\n');
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
