/**
 * The five seed reports of the shared corpus must come out exactly: every truth
 * channel item with its approximate flag, nothing contradicting truth, and every
 * narrative path equal. Read from ../shared at test time, never copied in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { segmentReport } from '../segmentReport';
import { createTextDocument } from '../textDocument';
import { corpusScore } from './corpusScore';
import { parseNarrative } from './parseNarrative';
import { hasShared } from '../../../../test/seedTruth';

const corpus = fileURLToPath(new URL('../../../../../shared/corpus/', import.meta.url));
const names = !hasShared('seeds') ? [] : readdirSync(`${corpus}seeds`).filter((f) => f.endsWith('.txt')).sort();

function scoreOf(name: string) {
  const doc = createTextDocument(readFileSync(`${corpus}seeds/${name}`, 'utf8'));
  const truth = JSON.parse(readFileSync(`${corpus}seeds-truth/${name.replace(/\.txt$/, '.json')}`, 'utf8'));
  return corpusScore(parseNarrative(doc, segmentReport(doc)), truth);
}

describe.skipIf(!names.length)('parseNarrative on the seed reports', () => {
  it('finds the five seeds', () => expect(names).toHaveLength(5));

  describe.each(names)('%s', (name) => {
    const score = scoreOf(name);
    it('reads every truth channel figure with its approximate flag', () => expect(score.missed).toEqual([]));
    it('reads no channel figure that contradicts truth', () => expect(score.contradicting).toEqual([]));
    it('gives every narrative and fee path of truth, equal', () => {
      expect(score.narrativeMissed).toEqual([]);
      expect(score.narrativeWrong).toEqual([]);
    });
    it('invents no narrative value truth does not list', () => expect(score.narrativeUnlisted).toEqual([]));
  });
});
