/** Dev tool: parse a corpus folder and compare every truth path (tables + metadata); prints right/wrong/missing. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { parseReport } from '../../src/lib/report/parseReport';
import { getPath } from '../../src/lib/report/schema';

const [dir, truthDir, ...flags] = process.argv.slice(2);
const verbose = flags.includes('-v');
let right = 0, wrong = 0, missing = 0;
for (const f of readdirSync(dir).sort()) {
  const tf = `${truthDir}/${f.replace(/\.[^.]+$/, '.json')}`;
  if (!existsSync(tf)) continue;
  const truth = JSON.parse(readFileSync(tf, 'utf8'));
  const out = await parseReport(readFileSync(`${dir}/${f}`), { file: f });
  if (!out.ok) { console.log(f, 'ERROR', out.error); continue; }
  const r = out.report;
  const bad: string[] = [];
  let fr = 0, fw = 0, fm = 0;
  for (const [path, want] of Object.entries(truth)) {
    if (path === 'channels' || path.startsWith('_') || path.startsWith('narrative.')) continue;
    const got = getPath(r, path);
    if (got === want) { fr++; continue; }
    if (got === null || got === undefined) { fm++; bad.push(`  MISS ${path}: want ${JSON.stringify(want)}`); }
    else { fw++; bad.push(`  WRONG ${path}: got ${JSON.stringify(got)} want ${JSON.stringify(want)}`); }
  }
  right += fr; wrong += fw; missing += fm;
  console.log(`${f}: right ${fr} wrong ${fw} missing ${fm}`);
  if (verbose) console.log(bad.filter((b) => flags.includes("-w") ? b.includes("WRONG") : true).slice(0, 40).join('\n'));
}
console.log(`TOTAL right ${right} wrong ${wrong} missing ${missing}`);
