/** `npx tsx scripts/dev/showPdfLines.ts FILE.pdf PAGE`: a page's visual lines before table layout — each line's middle, then its chunks as [x0-x1 middle]text. */
import { readFileSync } from 'node:fs';
import { readPdfPages } from '../../src/lib/report/pdf/readPdfPages';
import { dropPageFurniture } from '../../src/lib/report/pdf/dropPageFurniture';
import { groupLines } from '../../src/lib/report/pdf/groupLines';
import { joinVerticalLabels } from '../../src/lib/report/pdf/joinVerticalLabels';
import { useNodePdfAssets } from '../lib/nodePdfAssets';

useNodePdfAssets();
const read = await readPdfPages(new Uint8Array(readFileSync(process.argv[2])), 400);
const page = Number(process.argv[3]);
for (const tokens of dropPageFurniture(read.pages))
  for (const l of groupLines(joinVerticalLabels(tokens)))
    if (l.page === page) console.log(l.cy.toFixed(1), l.chunks.map((c) => `[${c.x0.toFixed(0)}-${c.x1.toFixed(0)} ${c.cy.toFixed(1)}]${c.text}`).join('  '));
