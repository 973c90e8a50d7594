/**
 * Dev tool: where a PDF's reading time goes. `npx tsx scripts/dev/timePdfPhases.ts [--rounds N] [--pdfjs] [FILE.pdf…]`
 * (default: the seeds printed to PDF in test/fixtures/seeds/ and, when present, ../shared/corpus/pdf/).
 * Reads each file like `readPdfPages` + `pdfToText` + the text parser do, one phase at a time, after a
 * warm-up round, and prints milliseconds per report for each phase: our extractor (bytes → text items;
 * with `--pdfjs`, pdfjs's document load, getPage and getTextContent instead, as for a declined file),
 * our tokens, furniture, lines, tables, table layout, and the text parser. Measures only; the reader
 * itself is `src/lib/report/pdf/`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadPdfjs } from '../../src/lib/report/pdf/loadPdfjs';
import { extractPdfPages } from '../../src/lib/report/pdf/extract/extractPdfPages';
import { pdfAssets } from '../../src/lib/report/pdf/pdfAssets';
import { toTokens, type PdfTextItem } from '../../src/lib/report/pdf/toTokens';
import { dropPageFurniture, type PageTokens } from '../../src/lib/report/pdf/dropPageFurniture';
import { groupLines } from '../../src/lib/report/pdf/groupLines';
import { joinVerticalLabels } from '../../src/lib/report/pdf/joinVerticalLabels';
import { findTables } from '../../src/lib/report/pdf/findTables';
import { layoutTable } from '../../src/lib/report/pdf/layoutTable';
import { pdfToText } from '../../src/lib/report/pdf/pdfToText';
import { readPdfOptions } from '../../src/lib/report/pdf/readPagesWithPdfjs';
import { parseReportText } from '../../src/lib/report/parseReport';
import { useNodePdfAssets } from '../lib/nodePdfAssets';

useNodePdfAssets();

const argv = process.argv.slice(2);
const r = argv.indexOf('--rounds');
const rounds = r >= 0 ? Number(argv[r + 1]) : 5;
const given = argv.filter((a, i) => a.endsWith('.pdf') && argv[i - 1] !== '--rounds');
const usePdfjs = argv.includes('--pdfjs');
const folder = (rel: string) => fileURLToPath(new URL(rel, import.meta.url));
const sets: [string, string[]][] = given.length
  ? [['given', given]]
  : [
      ['seeds printed by Chromium', [folder('../../test/fixtures/seeds/')]],
      ['real WPS exports (../shared)', [folder('../../../shared/corpus/pdf/')]],
    ];

const files = (paths: string[]) =>
  paths.flatMap((p) => (p.endsWith('.pdf') ? [p] : existsSync(p) ? readdirSync(p).filter((f) => f.endsWith('.pdf')).sort().map((f) => p + f) : []));

type Times = Record<string, number>;

async function readOne(bytes: Uint8Array, t: Times) {
  let c = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    t[name] = (t[name] ?? 0) + now - c;
    c = now;
  };
  const pages: PageTokens[] = [];
  let pageCount: number;
  if (usePdfjs) pageCount = await readWithPdfjs(bytes, lap, pages);
  else {
    const read = extractPdfPages(bytes, 40);
    lap('1 extractor: bytes → text items');
    read.pages.forEach((p, i) => {
      const height = Math.abs(p.view[3] - p.view[1]);
      pages.push({ height, tokens: toTokens(p.items, i + 1, height) });
    });
    lap('4 toTokens');
    pageCount = read.pageCount;
  }
  layoutAndParse(pages, lap);
  return pageCount;
}

async function readWithPdfjs(bytes: Uint8Array, lap: (name: string) => void, pages: PageTokens[]) {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), ...readPdfOptions(pdfAssets()) });
  const doc = await task.promise;
  lap('1 pdfjs getDocument');
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    lap('2 pdfjs getPage');
    const [, y0, , y1] = page.view;
    const content = await page.getTextContent();
    lap('3 pdfjs getTextContent');
    const items = content.items.filter((i): i is PdfTextItem & (typeof content.items)[number] => 'str' in i);
    pages.push({ height: Math.abs(y1 - y0), tokens: toTokens(items, p, Math.abs(y1 - y0)) });
    lap('4 toTokens');
    page.cleanup();
  }
  await doc.destroy();
  lap('5 pdfjs destroy');
  return doc.numPages;
}

function layoutAndParse(pages: PageTokens[], lap: (name: string) => void) {
  const kept = dropPageFurniture(pages);
  lap('6 dropPageFurniture');
  const lines = kept.flatMap((tokens) => groupLines(joinVerticalLabels(tokens)));
  lap('7 joinVerticalLabels + groupLines');
  const blocks = findTables(lines);
  lap('8 findTables');
  for (const b of blocks) if (b.kind === 'table') layoutTable(b.lines, (l) => l.cy);
  lap('9 layoutTable');
  const { text } = pdfToText(pages);
  lap('10 pdfToText (all of 6–9 again, with prose)');
  parseReportText(text, { file: 'x.pdf', format: 'pdf', encoding: 'pdf' });
  lap('11 text parser');
}

for (const [label, paths] of sets) {
  const list = files(paths);
  if (!list.length) {
    console.log(`${label}: no files (skipped)`);
    continue;
  }
  const bytes = list.map((f) => new Uint8Array(readFileSync(f)));
  const warm: Times = {};
  for (const b of bytes) await readOne(b, warm);
  const t: Times = {};
  let pages = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let k = 0; k < rounds; k++) for (const b of bytes) pages += await readOne(b, t);
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const n = bytes.length * rounds;
  console.log(`${label}: ${list.length} files × ${rounds} rounds, ${(pages / n).toFixed(1)} pages each`);
  for (const [name, ms] of Object.entries(t).sort((a, b) => parseInt(a[0]) - parseInt(b[0])))
    console.log(`  ${(ms / n).toFixed(2).padStart(8)} ms/report  ${name}`);
  console.log(
    `  total ${(wall / n).toFixed(1)} ms/report wall, ${((cpu.user + cpu.system) / 1000 / n).toFixed(1)} ms CPU → ${((n / wall) * 1000).toFixed(1)} reports/s`,
  );
}
