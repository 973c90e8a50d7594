import { readFileSync } from 'node:fs';
import { parseReport } from '../../src/lib/report/parseReport';
for (const f of process.argv.slice(2)) {
  const out = await parseReport(readFileSync(f), { file: f });
  if (!out.ok) { console.log(f, out.error); continue; }
  console.log('==', f, out.report.template, out.report.agency.name, out.report.year);
  for (const w of out.report.warnings) console.log('  W', w);
  for (const c of out.report.checks) if (!c.ok) console.log('  C', c.rule, c.message.slice(0, 200));
}
