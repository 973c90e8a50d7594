/**
 * Issue 13, finding 6: `parse` and `build:data` read meta.csv with one reader (any encoding); rows
 * naming no file, naming a file twice, or naming no corpus file get a warning.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../scripts/data/runBuild';
import { parseMetaCsv, readMetaCsv, unmatchedMetaRows } from '../../src/lib/report/parseMetaCsv';
import { createTempRoot, JIYUAN, SEEDS } from './hostileCorpus';

const tmp = createTempRoot('hostile-meta-');
afterAll(tmp.cleanup, 120_000); // a build is ~900 small files: slow to remove under load
const GBK_META = iconv.encode(`file,agency\n${JIYUAN},河南省济源示范区公安局\n`, 'gbk');

describe('meta.csv, one reader', () => {
  it('a GBK meta.csv gives the right name to parse, as to build:data', async () => {
    const dir = join(tmp.root, 'gbk');
    mkdirSync(dir);
    copyFileSync(join(SEEDS, JIYUAN), join(dir, JIYUAN));
    writeFileSync(join(dir, 'meta.csv'), GBK_META);
    const out = execFileSync('npx', ['tsx', 'scripts/parse.ts', join(dir, JIYUAN)], { encoding: 'utf8' });
    expect(JSON.parse(out)[0].agency.name).toBe('河南省济源示范区公安局');
    const { manifest } = await runBuild({ corpus: dir, out: join(tmp.root, 'gbk-out'), workers: 0 });
    expect(manifest.reports[0].name).toBe('河南省济源示范区公安局');
  });

  it('rows naming no file, a file twice, or no corpus file are warned about; the first row for a file wins', () => {
    const table = readMetaCsv(new TextEncoder().encode('file,agency\na.txt,甲\n,乙\na.txt,丙\ngone.txt,丁\n'));
    expect(table.overrides.get('a.txt')).toEqual({ agency: '甲' });
    expect(table.errors).toEqual(['meta.csv row 3: no file named; row ignored', 'meta.csv row 4: "a.txt" already has row 2; row ignored']);
    expect(unmatchedMetaRows(table, ['sub/a.txt'])).toEqual(['meta.csv row 5: no corpus file "gone.txt"; row unused']);
  });

  it('an empty line is not a row without a file', () => {
    expect(parseMetaCsv('file,agency\n\n,\na.txt,甲\n').errors).toEqual([]);
  });

  it('parse prints meta.csv problems and unreadable files with control characters escaped', () => {
    const dir = join(tmp.root, 'ctl');
    mkdirSync(dir);
    const name = join(dir, 'x\u001b[2J.txt');
    writeFileSync(name, '');
    writeFileSync(join(dir, 'meta.csv'), 'file,agency\n,乙\n');
    const r = spawnSync('npx', ['tsx', 'scripts/parse.ts', name], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('[]\n');
    expect(r.stderr).toContain('meta.csv row 2: no file named; row ignored');
    expect(r.stderr).toContain('x\\u{1b}[2J.txt: empty file (0 bytes)');
    expect(r.stderr).not.toContain('\u001b');
  });
});
