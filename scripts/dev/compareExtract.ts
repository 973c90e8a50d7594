/**
 * Dev check of the PDF text extractor against pdfjs: `npx tsx scripts/dev/compareExtract.ts [FILE.pdf…]`
 * (default: every PDF in test/fixtures/ and, when present, ../shared/corpus/pdf/). For each file prints
 * `same` when the extractor's tokens (after toTokens) equal pdfjs's, `declined: REASON` when the
 * extractor leaves the file to pdfjs, or the first token that differs. Exits 1 on any difference.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPdfPages } from '../../src/lib/report/pdf/extract/extractPdfPages';
import { extractPages } from '../../src/lib/report/pdf/readPdfPages';
import { readPagesWithPdfjs } from '../../src/lib/report/pdf/readPagesWithPdfjs';
import { MAX_PDF_PAGES } from '../../src/lib/report/pdf/readPdf';
import { firstPagesDifference } from '../lib/firstPagesDifference';
import { useNodePdfAssets } from '../lib/nodePdfAssets';

useNodePdfAssets();

const folder = (rel: string) => fileURLToPath(new URL(rel, import.meta.url));
const pdfsIn = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && e.name.endsWith('.pdf'))
        .map((e) => join(e.parentPath, e.name))
        .sort()
    : [];

async function main() {
  const given = process.argv.slice(2);
  const files = given.length ? given : [...pdfsIn(folder('../../test/fixtures/')), ...pdfsIn(folder('../../../shared/corpus/pdf/'))];
  let differ = 0;
  for (const path of files) {
    const bytes = new Uint8Array(readFileSync(path));
    const ours = extractPages(bytes, MAX_PDF_PAGES);
    if (!ours) {
      let reason = 'a textless page (pdfjs checks it for pictures)';
      try {
        extractPdfPages(bytes, MAX_PDF_PAGES);
      } catch (e) {
        reason = (e as Error).message;
      }
      console.log(`declined: ${reason}  ${path}`);
      continue;
    }
    const theirs = await readPagesWithPdfjs(bytes, MAX_PDF_PAGES).catch((e: Error) => e);
    const diff = theirs instanceof Error ? `pdfjs failed: ${theirs.message}` : firstPagesDifference(ours, theirs);
    if (diff) differ++;
    console.log(`${diff ? `DIFFERS: ${diff}` : 'same'}  ${path}`);
  }
  process.exit(differ ? 1 : 0);
}

main();
