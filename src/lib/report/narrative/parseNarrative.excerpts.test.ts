/**
 * 29 real report openings (../shared/corpus/excerpts) with hand-made truth.
 * Precision is asserted on every excerpt: no channel item contradicts truth and
 * no narrative value differs from it or is invented. Recall is measured and
 * shown in the test names; a floor guards against regressions.
 *
 * The excerpt truth does not annotate `narrative.proactiveTotal` (the seeds do),
 * so a proactive total read from an excerpt is listed in the summary, not failed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { segmentReport } from '../segmentReport';
import { createTextDocument } from '../textDocument';
import { corpusScore, type CorpusScore } from './corpusScore';
import { parseNarrative } from './parseNarrative';
import { hasShared } from '../../../../test/seedTruth';

const corpus = fileURLToPath(new URL('../../../../../shared/corpus/', import.meta.url));
const names = !hasShared('excerpts') ? [] : readdirSync(`${corpus}excerpts`).filter((f) => f.endsWith('.txt')).sort();
const UNANNOTATED = /^narrative\.proactiveTotal=/;

const scores: [string, CorpusScore][] = names.map((name) => {
  const doc = createTextDocument(readFileSync(`${corpus}excerpts/${name}`, 'utf8'));
  const truth = JSON.parse(readFileSync(`${corpus}excerpts-truth/${name.replace(/\.txt$/, '.json')}`, 'utf8'));
  return [name, corpusScore(parseNarrative(doc, segmentReport(doc)), truth)];
});

const sum = (f: (s: CorpusScore) => number) => scores.reduce((a, [, s]) => a + f(s), 0);
const channelsFound = sum((s) => s.found.length);
const channelsTotal = channelsFound + sum((s) => s.missed.length);
const narrativeFound = sum((s) => s.narrativeEqual.length);
const narrativeTotal = narrativeFound + sum((s) => s.narrativeMissed.length + s.narrativeWrong.length);
const pct = (a: number, b: number) => `${a}/${b} (${b ? Math.round((100 * a) / b) : 100}%)`;

console.log(
  [
    `excerpts: channel recall ${pct(channelsFound, channelsTotal)}, narrative recall ${pct(narrativeFound, narrativeTotal)}`,
    ...scores.flatMap(([name, s]) => [
      ...s.missed.map((m) => `  ${name} missed ${m.channel}.${m.metric}=${m.value}${m.approximate ? '~' : ''}`),
      ...s.narrativeMissed.map((m) => `  ${name} missed ${m}`),
      ...s.unlisted.map((u) => `  ${name} not in truth: ${u}`),
      ...s.narrativeUnlisted.filter((u) => UNANNOTATED.test(u)).map((u) => `  ${name} not annotated: ${u}`),
    ]),
  ].join('\n'),
);

describe.skipIf(!names.length)('parseNarrative on the excerpts', () => {
  it('finds the 29 excerpts', () => expect(names).toHaveLength(29));

  describe.each(scores)('%s', (_, score) => {
    it('reads no channel figure that contradicts truth', () => expect(score.contradicting).toEqual([]));
    it('gives no narrative or fee value that differs from truth', () => expect(score.narrativeWrong).toEqual([]));
    it('invents no request or fee value truth does not list', () =>
      expect(score.narrativeUnlisted.filter((u) => !UNANNOTATED.test(u))).toEqual([]));
  });

  it(`channel recall ${pct(channelsFound, channelsTotal)} stays at or above 95%`, () =>
    expect(channelsFound / channelsTotal).toBeGreaterThanOrEqual(0.95));
  it(`narrative recall ${pct(narrativeFound, narrativeTotal)} stays at or above 85%`, () =>
    expect(narrativeFound / narrativeTotal).toBeGreaterThanOrEqual(0.85));
});
