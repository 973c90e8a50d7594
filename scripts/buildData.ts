/**
 * npm run build:data [-- CORPUS_DIR] [--out DIR] [--workers N]   (defaults: data/reports, public/data)
 *
 * Parses every report file of the corpus (.txt, .md, .html, .pdf, report .json) and writes the
 * datasets described in src/lib/data/README.md. A `meta.csv` in the corpus folder overrides
 * agency, year and region per file. Deterministic: same inputs, byte-identical outputs. A file
 * that cannot be parsed is reported and skipped; only a missing corpus folder or a failed
 * write stops the build.
 */
import { runBuild } from './data/runBuild';
import { formatBuildSummary } from './data/formatBuildSummary';

function parseArgs(argv: string[]): { corpus: string; out: string; workers?: number } {
  let corpus = 'data/reports';
  let out = 'public/data';
  let workers: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = argv[++i] ?? out;
    else if (argv[i].startsWith('--out=')) out = argv[i].slice('--out='.length);
    else if (argv[i] === '--workers') workers = Number(argv[++i]);
    else corpus = argv[i];
  }
  return { corpus, out, workers };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const { buildReport } = await runBuild(args);
  console.log(formatBuildSummary(buildReport, args.corpus, args.out));
}

main().catch((err: unknown) => {
  console.error(`build:data: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
