import { describe, expect, it } from 'vitest';
import type { BuildOutcome } from '../data/types';
import { calcOwnSummary } from './calcOwnSummary';

describe('calcOwnSummary', () => {
  // Join mode: 5 bundled seeds + 6 own files, 5 of them copies of the seeds (the case).
  const files: BuildOutcome[] = [
    ...['a', 'b', 'c', 'd', 'e'].map((x) => ({ file: `site/${x}.txt`, outcome: 'parsed' as const, id: `${x}-2021` })),
    ...['a', 'b', 'c', 'd', 'e'].map((x) => ({ file: `mine/${x}.txt`, outcome: 'duplicate' as const, of: `${x}-2021` })),
    { file: 'mine/new.txt', outcome: 'failedChecks', id: 'n-2022', failedChecks: ['applications.balance'] },
    { file: 'mine/new-copy.txt', outcome: 'duplicate', of: 'n-2022' },
    { file: 'mine/bad.pdf', outcome: 'error', reason: 'no text' },
  ];
  const own = files.map((f) => f.file.startsWith('mine/'));
  const ownIds = ['n-2022'];

  it('counts only the user’s files; copies of the site’s reports say so; the counts add up to the files', () => {
    const s = calcOwnSummary(files, own, ownIds);
    expect(s).toMatchObject({ files: 8, added: 0, failedChecks: 1, sameAsSite: 5, duplicates: 1, conflicts: 0, errors: 1, shown: 1 });
    expect(s.added + s.failedChecks + s.sameAsSite + s.duplicates + s.conflicts + s.errors).toBe(s.files);
    expect(s.shown).toBe(ownIds.length);
    expect(s.byFile['mine/a.txt']).toBe('sameAsSite');
    expect(s.byFile['mine/new-copy.txt']).toBe('duplicate');
    expect(Object.keys(s.byFile).length).toBe(s.files);
  });
});
