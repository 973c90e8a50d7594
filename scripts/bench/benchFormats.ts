/**
 * The binary formats' part of `npm run bench:parse`: Word and PDF throughput on one core,
 * through `parseReport` as the build and the import call it. The corpus is the project's own
 * fixtures of the five seeds (test/fixtures/seeds/: .docx with merged cells, Chromium-printed
 * PDFs) and, when ../shared is beside the project, the real WPS-exported PDFs there. Pages are
 * counted by pdfjs; a .docx counts the pages Chromium printed for the same report.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseReport } from '../../src/lib/report/parseReport';
import { readPdf } from '../../src/lib/report/pdf/readPdf';
import { nodeSha256 } from '../lib/nodeSha256';
import { useNodePdfAssets } from '../lib/nodePdfAssets';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/seeds/', import.meta.url));
const REAL_PDFS = fileURLToPath(new URL('../../../shared/corpus/pdf/', import.meta.url));

interface BenchFile {
  name: string;
  bytes: Uint8Array;
  pages: number;
}

async function pagesOf(pdf: Uint8Array): Promise<number> {
  const read = await readPdf(pdf);
  return read.ok ? read.pageCount : 0;
}

async function loadSet(dir: string, ext: '.docx' | '.pdf'): Promise<BenchFile[]> {
  const names = readdirSync(dir).filter((f) => f.endsWith(ext)).sort();
  return Promise.all(
    names.map(async (name) => {
      const bytes = new Uint8Array(readFileSync(`${dir}${name}`));
      const pdf = ext === '.pdf' ? bytes : new Uint8Array(readFileSync(`${dir}${name.replace(/\.docx$/, '.pdf')}`));
      return { name, bytes, pages: await pagesOf(pdf) };
    }),
  );
}

const cpuSeconds = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};

/** Parses the set `rounds` times after one warm-up round; returns reports/s and pages/s, per wall and per CPU second. */
async function time(set: BenchFile[], rounds: number) {
  let ok = 0;
  for (const f of set) await parseReport(f.bytes, { file: f.name, sha256: nodeSha256 });
  const t0 = performance.now();
  const c0 = cpuSeconds();
  for (let r = 0; r < rounds; r++) for (const f of set) if ((await parseReport(f.bytes, { file: f.name, sha256: nodeSha256 })).ok) ok++;
  const cpu = cpuSeconds() - c0;
  const s = (performance.now() - t0) / 1000;
  const reports = set.length * rounds;
  const pages = set.reduce((n, f) => n + f.pages, 0) * rounds;
  return { ok, reports, pages, s, cpu, perReport: reports / s, perPage: pages / s, perCpuReport: reports / cpu, perCpuPage: pages / cpu };
}

export async function benchFormats(rounds: number): Promise<string[]> {
  // pdfjs's character maps and standard fonts from node_modules, as the build and `npm run parse` read PDFs.
  useNodePdfAssets();
  const sets: [string, BenchFile[]][] = [
    ['.docx (the five seeds, merged Word tables)', await loadSet(FIXTURES, '.docx')],
    ['PDF (the five seeds printed by Chromium)', await loadSet(FIXTURES, '.pdf')],
  ];
  if (existsSync(REAL_PDFS)) sets.push(['PDF (three real WPS exports, ../shared)', await loadSet(REAL_PDFS, '.pdf')]);
  const lines: string[] = [];
  for (const [label, set] of sets) {
    const t = await time(set, rounds);
    const avgPages = (t.pages / t.reports).toFixed(1);
    lines.push(
      `${label}: ${t.ok}/${t.reports} read in ${t.s.toFixed(2)} s on one core: ${t.perReport.toFixed(1)} reports/s, ${t.perPage.toFixed(1)} pages/s (${avgPages} pages each); ${t.perCpuReport.toFixed(1)} reports, ${t.perCpuPage.toFixed(0)} pages per CPU second`,
    );
  }
  lines.push('floor: 20 five-page PDF reports/s (100 pages/s); aim 100 reports/s (CPU time counts the garbage collector\'s threads too)');
  // Figures from a busy machine are not the parser's: say how busy it was.
  lines.push(`machine: load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores while measuring`);
  return lines;
}
