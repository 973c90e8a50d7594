/**
 * Issue 13, acceptance: a seeded, time-bounded fuzz test. Each seed report is mutated byte-wise
 * (a byte flipped, inserted or deleted, never a line break) and structurally (a line deleted,
 * duplicated, swapped with the next, the file truncated); for every mutant: no exception escapes
 * and it has an outcome; a cell whose source line the mutation did not touch keeps its value or
 * becomes blank — never another value (no value moves to another cell) and never 0 from blank;
 * and built together with the seeds, no value of another file changes. Deterministic for a seed;
 * `FUZZ_SEED` and `FUZZ_MS` (default 20 s) widen a run. The mutants are generated, not committed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calcDataset } from '../../src/lib/dataset/calcDataset';
import type { CorpusEntry } from '../../src/lib/dataset/corpusEntry';
import { parseCorpus } from '../../src/lib/dataset/parseCorpus';
import { loadGazetteer } from '../../src/lib/dataset/region/gazetteer';
import { parseReport } from '../../src/lib/report/parseReport';
import { cellPaths, getPath } from '../../src/lib/report/schema';
import { createRng, type Rng } from '../../src/lib/report/synthetic/createRng';
import type { Report } from '../../src/lib/report/types';
import { webCryptoSha256 } from '../../src/lib/report/webCryptoSha256';
import { SEEDS } from './hostileCorpus';

const SEED = Number(process.env.FUZZ_SEED ?? 13);
const BUDGET_MS = Number(process.env.FUZZ_MS ?? 20_000);
const seeds = readdirSync(SEEDS).sort().map((file) => ({ file, bytes: new Uint8Array(readFileSync(join(SEEDS, file))) }));

interface Mutant {
  what: string;
  bytes: Uint8Array;
  /** Source lines (their text in the seed) the mutation touched; cells read from them may change. */
  touched: Set<string>;
}

const NL = 0x0a;
const lineAround = (bytes: Uint8Array, at: number) => {
  const start = bytes.lastIndexOf(NL, at - 1) + 1;
  const end = bytes.indexOf(NL, at);
  return new TextDecoder().decode(bytes.subarray(start, end < 0 ? bytes.length : end)).replace(/\r$/, '');
};

function mutate(bytes: Uint8Array, rng: Rng): Mutant {
  const lines = new TextDecoder().decode(bytes).split('\n');
  const enc = (ls: string[]) => new TextEncoder().encode(ls.join('\n'));
  const kind = rng.int(0, 6);
  if (kind <= 2) {
    let at = rng.int(0, bytes.length - 1);
    while (bytes[at] === NL || bytes[at] === 0x0d) at = (at + 1) % bytes.length;
    const touched = new Set([lineAround(bytes, at)]);
    const b = rng.int(0, 255) === NL ? 0x20 : rng.int(0, 255);
    const byte = b === NL || b === 0x0d ? 0x41 : b;
    if (kind === 0) {
      const out = bytes.slice();
      out[at] = byte;
      return { what: `byte ${at} → 0x${byte.toString(16)}`, bytes: out, touched };
    }
    if (kind === 1) return { what: `insert 0x${byte.toString(16)} at ${at}`, bytes: new Uint8Array([...bytes.subarray(0, at), byte, ...bytes.subarray(at)]), touched };
    return { what: `delete byte ${at}`, bytes: new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at + 1)]), touched };
  }
  const i = rng.int(0, lines.length - 2);
  if (kind === 3) return { what: `delete line ${i + 1}`, bytes: enc(lines.filter((_, k) => k !== i)), touched: new Set([lines[i], lines[i + 1] ?? '', lines[i - 1] ?? '']) };
  if (kind === 4) return { what: `duplicate line ${i + 1}`, bytes: enc([...lines.slice(0, i + 1), lines[i], ...lines.slice(i + 1)]), touched: new Set([lines[i]]) };
  if (kind === 5) return { what: `swap lines ${i + 1}, ${i + 2}`, bytes: enc([...lines.slice(0, i), lines[i + 1], lines[i], ...lines.slice(i + 2)]), touched: new Set([lines[i], lines[i + 1]]) };
  const cut = rng.int(1, bytes.length - 1);
  const rest = new TextDecoder().decode(bytes.subarray(bytes.lastIndexOf(NL, cut - 1) + 1)).split('\n');
  return { what: `truncate at ${cut}`, bytes: bytes.subarray(0, cut), touched: new Set(rest) };
}

async function parse(bytes: Uint8Array, file: string) {
  return parseReport(bytes, { file });
}

describe(`fuzz: seeded mutants of the seed reports (seed ${SEED}, ${BUDGET_MS} ms)`, async () => {
  const originals = new Map<string, Report>();
  for (const s of seeds) {
    const r = await parse(s.bytes, s.file);
    if (!r.ok) throw new Error(`${s.file}: ${r.error}`);
    originals.set(s.file, r.report);
  }
  const rng = createRng(SEED);
  const mutants: { seed: string; m: Mutant }[] = [];
  const problems: string[] = [];
  const started = Date.now();
  let n = 0;
  while (Date.now() - started < BUDGET_MS && n < 2000) {
    const s = seeds[n++ % seeds.length];
    const m = mutate(s.bytes, rng.fork(`${n}`));
    mutants.push({ seed: s.file, m });
    const where = `${s.file} [${m.what}]`;
    let out;
    try {
      out = await parse(m.bytes, `mutant-${n}.txt`);
    } catch (err) {
      problems.push(`${where}: threw ${err instanceof Error ? err.message : err}`);
      continue;
    }
    if (!out.ok) {
      if (!out.error) problems.push(`${where}: refused without a reason`);
      continue;
    }
    const orig = originals.get(s.file)!;
    const r = out.report;
    if (r.template !== orig.template) continue; // another template has other cells: nothing to compare
    for (const path of cellPaths(r.template)) {
      const before = getPath(orig, path) as number | null;
      const after = getPath(r, path) as number | null;
      if (after === before || after === null) continue;
      const line = orig.evidence[path]?.text ?? r.evidence[path]?.text;
      const mutatedLine = r.evidence[path]?.text;
      if ((line !== undefined && m.touched.has(line)) || (mutatedLine !== undefined && !new TextDecoder().decode(s.bytes).includes(mutatedLine))) continue;
      problems.push(`${where}: ${path} ${before} → ${after} (line「${(mutatedLine ?? '').slice(0, 60)}」)`);
    }
  }

  it(`no mutant throws, each has an outcome, no untouched cell changes value (${n} mutants)`, () => {
    expect(n).toBeGreaterThan(50);
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('built with the seeds, every mutant has an outcome and no seed report changes', async () => {
    const files = [...seeds.map((s) => ({ file: s.file, bytes: s.bytes })), ...mutants.slice(0, 60).map((x, i) => ({ file: `zz-mutant-${String(i).padStart(3, '0')}.txt`, bytes: x.m.bytes }))];
    const entries: CorpusEntry[] = files.map((f) => ({ file: f.file, format: 'txt', size: f.bytes.length }));
    const byName = new Map(files.map((f) => [f.file, f.bytes]));
    const gazetteer = await loadGazetteer();
    const parsed = await parseCorpus(entries, { read: async (f) => byName.get(f)!, parse: parseReport, sha256: webCryptoSha256, gazetteer });
    expect(parsed.map((p) => p.file)).toEqual(files.map((f) => f.file));
    expect(parsed.filter((p) => !p.ok && p.error.startsWith('parser crashed'))).toEqual([]);
    const alone = await parseCorpus(entries.slice(0, seeds.length), { read: async (f) => byName.get(f)!, parse: parseReport, sha256: webCryptoSha256, gazetteer });
    const { buildReport, reports } = await calcDataset({ parsed }, webCryptoSha256);
    expect(buildReport.files).toHaveLength(files.length);
    for (const a of alone) {
      if (!a.ok) continue;
      const kept = reports.kept.find((k) => k.record.file === a.file) ?? reports.kept.find((k) => k.duplicates.includes(a.file));
      expect(kept?.record.values, a.file).toEqual(a.record.values);
    }
  });
});
