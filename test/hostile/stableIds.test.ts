/**
 * Issue 13, finding 11: ids that move. Which of two conflicting copies keeps the plain id and
 * which gets `-2`, and which of two identical copies is kept, follow the bytes' hash, never file
 * names: renaming every file of a corpus keeps every report and agency id.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../scripts/data/runBuild';
import { createTempRoot, JIYUAN, SEEDS } from './hostileCorpus';
import { withDetails } from '../../src/lib/data/withDetails';

const tmp = createTempRoot('hostile-ids-');
afterAll(tmp.cleanup, 120_000); // a build is ~900 small files: slow to remove under load

const seeds = Object.fromEntries(readdirSync(SEEDS).map((f) => [f, readFileSync(join(SEEDS, f), 'utf8')]));
const jiyuan = seeds[JIYUAN];
/** Seeds plus conflicting copies of one report (three different figures) and an identical copy. */
const contents = [
  ...Object.values(seeds),
  jiyuan.replace('1370', '1371'),
  jiyuan.replace('1370', '1372'),
  jiyuan.replace('3945', '3946'),
  jiyuan,
];

/** id of each report (and of its agency) by the content it came from. */
async function idsByContent(names: string[], out: string) {
  const files = Object.fromEntries(names.map((n, i) => [n, contents[i]]));
  const { manifest, details } = await runBuild({ corpus: tmp.corpus(files, []), out: join(tmp.root, out), workers: 0 });
  // Identical copies are one content: keyed by the first position holding it.
  const contentOf = new Map(names.map((n, i) => [n, contents.indexOf(contents[i])]));
  return new Map(withDetails(manifest.reports, details)!.map((r) => [contentOf.get(r.file), { id: r.id, agency: r.agency, duplicates: r.duplicates?.length ?? 0 }]));
}

describe('ids from content', () => {
  it('renaming every file (reversing their order) keeps every report id and agency id', async () => {
    const a = contents.map((_, i) => `${String(i).padStart(2, '0')}-report.txt`);
    const b = contents.map((_, i) => `z${String(contents.length - i).padStart(2, '0')}/renamed.txt`);
    const before = await idsByContent(a, 'a');
    const after = await idsByContent(b, 'b');
    expect(before.size).toBe(contents.length - 1); // the identical copy is a duplicate
    expect([...after].sort()).toEqual([...before].sort());
    expect(new Set([...before.values()].map((r) => r.id)).size).toBe(before.size);
    expect([...before.values()].filter((r) => /-\d$/.test(r.id))).toHaveLength(3); // four conflicting copies: plain, -2, -3, -4
  });
});
