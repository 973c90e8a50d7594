/** `npx tsx scripts/dev/showPdfText.ts FILE.pdf`: the text form the parser reads from a PDF (tabs shown as ⇥), with each line's page. */
import { readFileSync } from 'node:fs';
import { readPdf } from '../../src/lib/report/pdf/readPdf';
import { useNodePdfAssets } from '../lib/nodePdfAssets';

useNodePdfAssets();
const read = await readPdf(new Uint8Array(readFileSync(process.argv[2])));
if (!read.ok) console.log(read.error);
else read.text.split('\n').forEach((l, i) => console.log(`${read.sources[i]?.page ?? ' '}\t${l.replace(/\t/g, '⇥')}`));
