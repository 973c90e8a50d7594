/**
 * Dev profile of the text parser by PHASE: `tsx scripts/dev/profileParse.ts [--reports N]`
 * runs the stages of parseReport's text path one by one, as parseReport.ts and readTables.ts
 * chain them, over the bench's SYNTHETIC corpus (same layouts and option mix, default 2,000
 * reports), and prints µs per report per phase and each phase's share. The stage chain here
 * mirrors readReport; keep it in step when a stage is added. Run `node --cpu-prof` on the bench
 * for the functions inside a phase.
 */
import { coverYear } from '../../src/lib/report/coverYear';
import { decodeBytes } from '../../src/lib/report/decodeBytes';
import { detectFormat } from '../../src/lib/report/detectFormat';
import { detectTemplate } from '../../src/lib/report/detectTemplate';
import { flagNonCounts } from '../../src/lib/report/flagNonCounts';
import { inferAgencyName } from '../../src/lib/report/inferAgencyName';
import { reflowRunTogether } from '../../src/lib/report/layout/reflowRunTogether';
import { locateTables } from '../../src/lib/report/locateTables';
import { parseNarrative } from '../../src/lib/report/narrative/parseNarrative';
import { hasTraditional, isTraditionalText, normalizeWidths, simplify } from '../../src/lib/report/normalizeText';
import { parsePageHeader } from '../../src/lib/report/parsePageHeader';
import { parseReport } from '../../src/lib/report/parseReport';
import { parseSignature } from '../../src/lib/report/parseSignature';
import { parseSourceUrl } from '../../src/lib/report/parseSourceUrl';
import { parseTable2 } from '../../src/lib/report/parseTable2';
import { parseTable3, readTable3 } from '../../src/lib/report/parseTable3';
import { parseTable4 } from '../../src/lib/report/parseTable4';
import { parseTitle } from '../../src/lib/report/parseTitle';
import { createReadState } from '../../src/lib/report/readState';
import { readEnforcementProse } from '../../src/lib/report/readEnforcementProse';
import { runChecks } from '../../src/lib/report/runChecks';
import { segmentReport } from '../../src/lib/report/segmentReport';
import { createRandomReportValues } from '../../src/lib/report/synthetic/createRandomReportValues';
import { LAYOUTS } from '../../src/lib/report/synthetic/layouts';
import { renderReport } from '../../src/lib/report/synthetic/renderReport';
import type { TextDocument } from '../../src/lib/report/textDocument';
import type { Report } from '../../src/lib/report/types';
import { nodeSha256 } from '../lib/nodeSha256';

const i = process.argv.indexOf('--reports');
const count = i >= 0 ? Number(process.argv[i + 1]) : 2000;

const totals = new Map<string, number>();
let timing = false;
function time<T>(phase: string, run: () => T): T {
  if (!timing) return run();
  const t0 = performance.now();
  const value = run();
  totals.set(phase, (totals.get(phase) ?? 0) + performance.now() - t0);
  return value;
}

function parseByPhase(bytes: Uint8Array, file: string) {
  time('detectFormat', () => detectFormat(file, bytes, 'txt'));
  const decoded = time('decode', () => decodeBytes(bytes));
  if (!decoded.ok) throw new Error(decoded.error);
  time('sha256', () => nodeSha256(bytes));
  const text = decoded.text;
  const lines = time('normalise (split, OpenCC, widths)', () => {
    const traditional = isTraditionalText(text);
    return text.split(/\r\n|\r|\n/).map((raw, n) => ({
      n: n + 1,
      raw,
      text: normalizeWidths(traditional && hasTraditional(raw) ? simplify(raw) : raw),
    }));
  });
  const doc: TextDocument = { lines: time('reflow (layout/)', () => reflowRunTogether(lines)) };
  const sections = time('segment', () => segmentReport(doc));
  const title = time('title', () => parseTitle(doc));
  const year = time('coverYear', () => coverYear(doc, title.year));
  const state = createReadState();

  // readTables, stage by stage.
  const spans = time('locateTables', () => locateTables(doc, sections));
  const slice = (s: { start: number; end: number } | null) => (s ? doc.lines.slice(s.start, s.end) : []);
  const t3 = time('table 3 rows (readTable3)', () =>
    spans.table3 ? readTable3(slice(spans.table3)) : { rows: new Map(), has2021Rows: false, has2019Row: false },
  );
  const t2Lines = slice(spans.table2);
  const found = [spans.table2, t3.rows.size ? spans.table3 : null, spans.table4].filter(Boolean).length;
  const fromProse = time('enforcement prose', () => (spans.table2 ? {} : readEnforcementProse(doc, state)));
  const decision = time('detectTemplate', () =>
    detectTemplate({
      table2Text: t2Lines.map((l) => l.text).join('\n'),
      table3Has2021Rows: t3.has2021Rows,
      table3Has2019Row: t3.has2019Row,
      year,
      hasTables: true,
    }),
  );
  const t4 = time('table 4', () => parseTable4(slice(spans.table4), state));
  let tables: Partial<Report> = { ...t4 };
  if (decision.template) {
    const template = decision.template;
    const active = time('table 2', () => (spans.table2 ? parseTable2(t2Lines, decision.table2Template!, state) : {}));
    const applications = time('table 3 solve + cells (parseTable3)', () => (t3.rows.size ? parseTable3(t3, template, state) : {}));
    tables = { template, active, applications, ...t4 } as Partial<Report>;
    time('flagNonCounts', () => flagNonCounts(tables as never, state));
  }
  const prose = time('narrative', () => parseNarrative(doc, sections));
  const signature = time('signature', () => parseSignature(doc));
  const header = time('page header', () => parsePageHeader(doc));
  time('agency name', () => inferAgencyName(doc, title.agency, [header.publisher, signature.agency]));
  time('source url', () => parseSourceUrl(doc));
  time('checks', () => runChecks({ ...tables, narrative: prose.narrative } as Report));
  return found;
}

async function main() {
  const encoder = new TextEncoder();
  const files = Array.from({ length: count }, (_, n) => {
    const values = createRandomReportValues(n + 1);
    const layout = LAYOUTS[n % LAYOUTS.length];
    const opts = { traditional: n % 7 === 0, fullWidthDigits: n % 5 === 0, thousands: n % 3 === 0, units: n % 4 === 0 };
    return { name: `synthetic-${n}.txt`, bytes: encoder.encode(renderReport(values, layout, opts)) };
  });
  for (const f of files.slice(0, 100)) parseByPhase(f.bytes, f.name);
  timing = true;
  const t0 = performance.now();
  for (const f of files) parseByPhase(f.bytes, f.name);
  const phased = performance.now() - t0;
  timing = false;
  const t1 = performance.now();
  for (const f of files) await parseReport(f.bytes, { file: f.name, sha256: nodeSha256 });
  const whole = performance.now() - t1;

  const sum = [...totals.values()].reduce((a, b) => a + b, 0);
  console.log(`SYNTHETIC corpus (generated): ${count} reports; µs per report by phase (wall clock):`);
  for (const [phase, ms] of [...totals].sort((a, b) => b[1] - a[1]))
    console.log(`  ${phase.padEnd(38)} ${((ms * 1000) / count).toFixed(0).padStart(6)} µs  ${((ms / sum) * 100).toFixed(1).padStart(5)} %`);
  console.log(`  ${'sum of phases'.padEnd(38)} ${((sum * 1000) / count).toFixed(0).padStart(6)} µs`);
  console.log(`  ${'phased loop (with timer overhead)'.padEnd(38)} ${((phased * 1000) / count).toFixed(0).padStart(6)} µs`);
  console.log(`  ${'parseReport itself'.padEnd(38)} ${((whole * 1000) / count).toFixed(0).padStart(6)} µs`);
}

main();
