/**
 * Dev check for parser changes that must not change any output:
 * `tsx scripts/dev/dumpParses.ts OUT_DIR [--synthetic N]` writes the parse outcome (report JSON or
 * error) of every file in `data/reports/` (with its subfolders), `test/fixtures/seeds/`, `test/fixtures/libreoffice/`, `test/fixtures/word-template/` and `../shared/corpus/{seeds,
 * excerpts,crawled,pdf}/` to OUT_DIR, one file each (for a PDF also the PDF reader's text and line boxes), plus N synthetic reports (default 3,000:
 * marked as such in their file names) in the bench's layout mix and as run-together crawler text,
 * and one `index.txt` of SHA-256s. Run before and after a change, then `diff -r BEFORE AFTER`.
 * Missing folders are skipped with a one-line message.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport, parseReportText } from '../../src/lib/report/parseReport';
import { readPdf } from '../../src/lib/report/pdf/readPdf';
import { createRandomReportValues, renderReport } from '../../src/lib/report/synthetic';
import { LAYOUTS } from '../../src/lib/report/synthetic/layouts';
import { nodeSha256 } from '../lib/nodeSha256';
import { useNodePdfAssets } from '../lib/nodePdfAssets';

useNodePdfAssets();

const out = process.argv[2];
if (!out) throw new Error('usage: tsx scripts/dev/dumpParses.ts OUT_DIR [--synthetic N]');
const i = process.argv.indexOf('--synthetic');
const synthetic = i >= 0 ? Number(process.argv[i + 1]) : 3000;
mkdirSync(out, { recursive: true });

const FOLDERS = ['data/reports', 'test/fixtures/seeds', 'test/fixtures/libreoffice', 'test/fixtures/word-template', '../shared/corpus/seeds', '../shared/corpus/excerpts', '../shared/corpus/crawled', '../shared/corpus/pdf'];
const index: string[] = [];

function save(name: string, value: unknown) {
  const text = JSON.stringify(value, null, 1);
  writeFileSync(join(out, name), text);
  index.push(`${createHash('sha256').update(text).digest('hex')}  ${name}`);
}

async function main() {
  for (const folder of FOLDERS) {
    if (!existsSync(folder)) {
      console.log(`skipped: ${folder} is missing`);
      continue;
    }
    const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    const paths = files.map((e) => join(e.parentPath, e.name)).sort();
    for (const path of paths) {
      const name = path.slice(folder.length + 1);
      const file = name.split('/').pop()!;
      const key = `${folder.replace(/[./]+/g, '_')}__${name.replace(/\//g, '__')}`;
      const bytes = readFileSync(path);
      save(`${key}.json`, await parseReport(bytes, { file, sha256: nodeSha256 }));
      // The PDF reader's own output too (text lines and their page boxes), before the text parser sees it.
      if (file.endsWith('.pdf')) save(`${key}.read.json`, await readPdf(new Uint8Array(bytes)));
    }
  }
  const encoder = new TextEncoder();
  for (let n = 0; n < synthetic; n++) {
    const values = createRandomReportValues(n + 1);
    const layout = LAYOUTS[n % LAYOUTS.length];
    const opts = { traditional: n % 7 === 0, fullWidthDigits: n % 5 === 0, thousands: n % 3 === 0, units: n % 4 === 0 };
    const text = renderReport(values, layout, opts);
    save(`synthetic-${n}.json`, await parseReport(encoder.encode(text), { file: `synthetic-${n}.txt`, sha256: nodeSha256 }));
    if (n % 3 === 0) {
      const glued = renderReport(values, 'tabs', {}).split('\n').map((l) => l.replace(/\t+/g, '').trim()).join('');
      save(`synthetic-runtogether-${n}.json`, parseReportText(glued, { file: `synthetic-runtogether-${n}.txt` }));
    }
  }
  writeFileSync(join(out, 'index.txt'), index.join('\n') + '\n');
  console.log(`${index.length} outcomes written to ${out}`);
}

main();
