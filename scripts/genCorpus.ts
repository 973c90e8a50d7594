/**
 * npm run gen:corpus -- --agencies N [--years 2019-2025] --out DIR [--seed S]
 *
 * A synthetic corpus for scale tests: one report file per agency and year
 * (`DIR/<agency>-<year>.txt`), rendered by the parser's synthetic renderer in a mix of layouts,
 * options and both templates. Every report carries the synthetic marker line, so it parses
 * with `synthetic: true`. Deterministic: same arguments, same bytes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { Converter as toTw } from 'opencc-js/cn2t';
import { Converter as toCn } from 'opencc-js/t2cn';
import { join } from 'node:path';
import { createRandomReportValues } from '../src/lib/report/synthetic/createRandomReportValues';
import { LAYOUTS } from '../src/lib/report/synthetic/layouts';
import { renderReport } from '../src/lib/report/synthetic/renderReport';
import { createSyntheticAgencies } from './corpus/createSyntheticAgencies';
import { loadGazetteer } from '../src/lib/dataset/region/gazetteer';

function parseArgs(argv: string[]) {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const agencies = Number(get('agencies') ?? 10);
  const [from, to] = (get('years') ?? '2019-2025').split('-').map(Number);
  const out = get('out');
  if (!out || !Number.isInteger(agencies) || agencies < 0 || !(from <= (to ?? from)))
    throw new Error('usage: npm run gen:corpus -- --agencies N [--years 2019-2025] --out DIR [--seed S]');
  return { agencies, from, to: to ?? from, out, seed: Number(get('seed') ?? 1) };
}

async function main() {
  const { agencies, from, to, out, seed } = parseArgs(process.argv.slice(2));
  await mkdir(out, { recursive: true });
  const list = createSyntheticAgencies(agencies, await loadGazetteer(), seed);
  // Traditional characters only where the name converts back unchanged (浚县 → 濬縣 → 濬县 does not).
  const tw = toTw({ from: 'cn', to: 'tw' });
  const cn = toCn({ from: 'tw', to: 'cn' });
  const roundTrips = list.map((a) => cn(tw(a.name)) === a.name);
  let n = 0;
  for (let a = 0; a < list.length; a++) {
    for (let year = from; year <= to; year++, n++) {
      const values = createRandomReportValues(seed * 1_000_003 + n, { year });
      values.agency = list[a];
      const layout = LAYOUTS[n % LAYOUTS.length];
      const opts = { traditional: n % 11 === 0 && roundTrips[a], fullWidthDigits: n % 7 === 0, thousands: n % 3 === 0, units: n % 4 === 0 };
      await writeFile(join(out, `${String(a).padStart(5, '0')}-${year}.txt`), renderReport(values, layout, opts));
    }
  }
  console.log(`gen:corpus: ${n} synthetic reports (${list.length} agencies × ${to - from + 1} years) → ${out}`);
}

main().catch((err: unknown) => {
  console.error(`gen:corpus: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
