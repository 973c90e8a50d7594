import { readFileSync } from 'node:fs';
import { createTextDocument } from '../../src/lib/report/textDocument';
const doc = createTextDocument(readFileSync(process.argv[2], 'utf8'));
for (const l of doc.lines) console.log(l.n, l.runTogether ? 'R' : ' ', l.text.slice(0, 110));
