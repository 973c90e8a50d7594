/**
 * The whole report parser must do over 1000 reports a second on one core; the
 * narrative reader is one stage of it and must stay well inside that budget.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { segmentReport } from '../segmentReport';
import { createTextDocument } from '../textDocument';
import { parseNarrative } from './parseNarrative';

const seeds = fileURLToPath(new URL('../../../../../shared/corpus/seeds/', import.meta.url));
const inputs = readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => {
    const doc = createTextDocument(readFileSync(seeds + f, 'utf8'));
    return [doc, segmentReport(doc)] as const;
  });

function rate(rounds: number): number {
  const t = performance.now();
  for (let i = 0; i < rounds; i++) for (const [doc, sections] of inputs) parseNarrative(doc, sections);
  return (rounds * inputs.length) / ((performance.now() - t) / 1000);
}

it('reads full seed reports at over 1000 a second', () => {
  rate(20);
  const perSecond = rate(200);
  console.log(`parseNarrative: ${Math.round(perSecond)} full reports/s`);
  expect(perSecond).toBeGreaterThan(1000);
});
