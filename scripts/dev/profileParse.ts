/**
 * Dev profile of the text parser by PHASE: `tsx scripts/dev/profileParse.ts [--reports N]`
 * runs the stages of parseReport's text path one by one, as parseReport.ts and readTables.ts
 * chain them, over the bench's SYNTHETIC corpus (same layouts and option mix, default 2,000
 * reports), and prints µs of CPU time per report per phase and each phase's share. The stage chain here
 * mirrors readReport; keep it in step when a stage is added. `--focus PHASE [--repeat N]` runs one
 * phase (named by its first words) N times more, alone, to profile it: `node --cpu-prof --import tsx …`.
 */
import { coverYear } from '../../src/lib/report/coverYear';
import { decodeBytes } from '../../src/lib/report/decodeBytes';
import { detectFormat } from '../../src/lib/report/detectFormat';
import { detectTemplate } from '../../src/lib/report/detectTemplate';
import { flagNonCounts } from '../../src/lib/report/flagNonCounts';
import { inferAgencyName } from '../../src/lib/report/inferAgencyName';
import { reflowRunTogether } from '../../src/lib/report/layout/reflowRunTogether';
import { locateTables } from '../../src/lib/report/locateTables';
import { collectProse } from '../../src/lib/report/narrative/collectProse';
import { parseApplications } from '../../src/lib/report/narrative/parseApplications';
import { parseChannelFigures } from '../../src/lib/report/narrative/parseChannelFigures';
import { parseInfoProcessingFee } from '../../src/lib/report/narrative/parseInfoProcessingFee';
import { parseNarrative } from '../../src/lib/report/narrative/parseNarrative';
import { parseProactiveTotal } from '../../src/lib/report/narrative/parseProactiveTotal';
import { splitSentences } from '../../src/lib/report/narrative/splitSentences';
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

/** The process's CPU time in ms: other work on a busy machine does not count (the bench measures the same way). */
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

/** One report's intermediate results, filled in phase by phase. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ctx = Record<string, any> & { bytes: Uint8Array; file: string };

/**
 * The phases in parseReport's order, each reading what earlier phases left in the context. Each
 * phase runs over the whole corpus in one timed loop (no timer call per report).
 */
const PHASES: [string, (c: Ctx) => void][] = [
  ['detectFormat', (c) => detectFormat(c.file, c.bytes, 'txt')],
  ['decode', (c) => {
    const decoded = decodeBytes(c.bytes);
    if (!decoded.ok) throw new Error(decoded.error);
    c.text = decoded.text;
  }],
  ['sha256', (c) => nodeSha256(c.bytes)],
  ['normalise (split, OpenCC, widths)', (c) => {
    const traditional = isTraditionalText(c.text);
    c.lines = (c.text.includes('\r') ? c.text.split(/\r\n|\r|\n/) : c.text.split('\n')).map((raw: string, n: number) => ({
      n: n + 1,
      raw,
      text: normalizeWidths(traditional && hasTraditional(raw) ? simplify(raw) : raw),
    }));
  }],
  ['reflow (layout/)', (c) => (c.doc = { lines: reflowRunTogether(c.lines) } as TextDocument)],
  ['segment', (c) => (c.sections = segmentReport(c.doc))],
  ['title', (c) => (c.title = parseTitle(c.doc))],
  ['coverYear', (c) => {
    c.year = coverYear(c.doc, c.title.year);
    c.state = createReadState();
  }],
  // readTables, stage by stage.
  ['locateTables', (c) => (c.spans = locateTables(c.doc, c.sections))],
  ['table 3 rows (readTable3)', (c) => {
    const slice = (s: { start: number; end: number } | null) => (s ? c.doc.lines.slice(s.start, s.end) : []);
    c.slice = slice;
    c.t3 = c.spans.table3 ? readTable3(slice(c.spans.table3)) : { rows: new Map(), has2021Rows: false, has2019Row: false };
    c.t2Lines = slice(c.spans.table2);
  }],
  ['enforcement prose', (c) => (c.spans.table2 ? {} : readEnforcementProse(c.doc, c.state))],
  ['detectTemplate', (c) => {
    c.decision = detectTemplate({
      table2Text: c.t2Lines.map((l: { text: string }) => l.text).join('\n'),
      table3Has2021Rows: c.t3.has2021Rows,
      table3Has2019Row: c.t3.has2019Row,
      year: c.year,
      hasTables: true,
    });
  }],
  ['table 4', (c) => (c.tables = { ...parseTable4(c.slice(c.spans.table4), c.state) })],
  ['table 2', (c) => {
    if (c.decision.template && c.spans.table2) c.tables.active = parseTable2(c.t2Lines, c.decision.table2Template, c.state);
  }],
  ['table 3 solve + cells (parseTable3)', (c) => {
    if (!c.decision.template) return;
    c.tables.template = c.decision.template;
    if (c.t3.rows.size) c.tables.applications = parseTable3(c.t3, c.decision.template, c.state);
  }],
  ['flagNonCounts', (c) => c.decision.template && c.tables.active && c.tables.applications && flagNonCounts(c.tables, c.state)],
  // parseNarrative, stage by stage, then whole (its own line: the sum of its stages plus the assembly).
  ['narrative: collectProse', (c) => (c.blocks = collectProse(c.doc, c.sections, (key) => key !== 'problems' && key !== 'review'))],
  ['narrative: splitSentences', (c) => (c.sentences = splitSentences(c.blocks))],
  ['narrative: applications', (c) => parseApplications(c.sentences)],
  ['narrative: proactive total', (c) => parseProactiveTotal(c.sentences)],
  ['narrative: fee', (c) => parseInfoProcessingFee(c.sentences)],
  ['narrative: channel figures', (c) => parseChannelFigures(c.sentences)],
  ['narrative (whole, again)', (c) => (c.prose = parseNarrative(c.doc, c.sections))],
  ['signature', (c) => (c.signature = parseSignature(c.doc))],
  ['page header', (c) => (c.header = parsePageHeader(c.doc))],
  ['agency name', (c) => inferAgencyName(c.doc, c.title.agency, [c.header.publisher, c.signature.agency])],
  ['source url', (c) => parseSourceUrl(c.doc)],
  ['checks', (c) => c.tables.applications && c.tables.active && runChecks({ ...c.tables, narrative: c.prose.narrative } as Report)],
];

async function main() {
  const encoder = new TextEncoder();
  const files = Array.from({ length: count }, (_, n) => {
    const values = createRandomReportValues(n + 1);
    const layout = LAYOUTS[n % LAYOUTS.length];
    const opts = { traditional: n % 7 === 0, fullWidthDigits: n % 5 === 0, thousands: n % 3 === 0, units: n % 4 === 0 };
    return { name: `synthetic-${n}.txt`, bytes: encoder.encode(renderReport(values, layout, opts)) };
  });
  const totals = new Map<string, number>();
  // Batches of 50 reports, phase by phase within a batch: few live documents, so the garbage
  // collector's work lands in the phases that make garbage, not in whichever runs when a big heap fills.
  const BATCH = 50;
  for (let s = -BATCH; s < files.length; s += BATCH) {
    const warm = s < 0;
    const ctxs: Ctx[] = files.slice(Math.max(0, s), s + BATCH).map((f) => ({ bytes: f.bytes, file: f.name }));
    for (const [phase, run] of PHASES) {
      const t0 = cpuMs();
      for (const c of ctxs) run(c);
      if (!warm) totals.set(phase, (totals.get(phase) ?? 0) + cpuMs() - t0);
    }
  }
  // `--focus PHASE --repeat N`: that phase alone N more times over the corpus, for `node --cpu-prof`.
  const f = process.argv.indexOf('--focus');
  if (f >= 0) {
    const focus = PHASES.findIndex(([name]) => name.startsWith(process.argv[f + 1]));
    const r = process.argv.indexOf('--repeat');
    const repeat = r >= 0 ? Number(process.argv[r + 1]) : 10;
    const ctxs: Ctx[] = files.map((file) => ({ bytes: file.bytes, file: file.name }));
    for (const c of ctxs) for (const [, run] of PHASES.slice(0, focus)) run(c);
    const t0 = cpuMs();
    for (let k = 0; k < repeat; k++) for (const c of ctxs) PHASES[focus][1](c);
    console.log(`${PHASES[focus][0]} alone: ${(((cpuMs() - t0) * 1000) / count / repeat).toFixed(0)} µs per report (${repeat} rounds)`);
    return;
  }
  const t1 = cpuMs();
  for (const f of files) await parseReport(f.bytes, { file: f.name, sha256: nodeSha256 });
  const whole = cpuMs() - t1;

  const sum = [...totals].filter(([k]) => !k.startsWith('narrative (whole')).reduce((a, [, b]) => a + b, 0);
  console.log(`SYNTHETIC corpus (generated): ${count} reports; µs CPU per report by phase:`);
  for (const [phase, ms] of [...totals].sort((a, b) => b[1] - a[1]))
    console.log(`  ${phase.padEnd(38)} ${((ms * 1000) / count).toFixed(0).padStart(6)} µs  ${((ms / sum) * 100).toFixed(1).padStart(5)} %`);
  console.log(`  ${'sum of phases (narrative once)'.padEnd(38)} ${((sum * 1000) / count).toFixed(0).padStart(6)} µs`);
  console.log(`  ${'parseReport itself'.padEnd(38)} ${((whole * 1000) / count).toFixed(0).padStart(6)} µs`);
}

main();
