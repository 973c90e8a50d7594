import { createTextDocument } from '../../src/lib/report/textDocument';
import { parseReportText } from '../../src/lib/report/parseReport';
import { createRandomReportValues, renderReport } from '../../src/lib/report/synthetic';
const [seed, template, incons] = process.argv.slice(2);
const values = createRandomReportValues(Number(seed), { template: template as '2019', blankRate: 0, inconsistentRate: incons ? 1 : 0 });
const text = renderReport(values, 'tabs', {}).split('\n').map((l) => l.replace(/\t+/g, '').trim()).join('');
for (const l of createTextDocument(text).lines) console.log(l.runTogether ? 'R' : ' ', l.text.slice(0, 120));
const r = parseReportText(text, { file: 'x' });
for (const w of r.warnings) console.log('W', w);
