/**
 * Issue 13, finding 8: every input of a build has a line in the build report with its outcome
 * (read, or skipped and why): hidden files and folders, symbolic links, FIFOs, files without or
 * with another extension, .pdf/.docx; file names with control characters are escaped on the terminal.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatBuildSummary } from '../../scripts/data/formatBuildSummary';
import { runBuild } from '../../scripts/data/runBuild';
import { createTempRoot, JIYUAN } from './hostileCorpus';

const tmp = createTempRoot('hostile-outcomes-');
afterAll(tmp.cleanup, 120_000); // a build is ~900 small files: slow to remove under load

describe('every input gets an outcome', async () => {
  const dir = tmp.corpus({ 'README': 'notes', 'tool.exe': 'MZ', 'scan.pdf': '%PDF-1.4 broken', 'word.docx': 'not a zip', 'bad\u001b[2Jname.txt': '' }, [JIYUAN]);
  mkdirSync(join(dir, '.git', 'objects'), { recursive: true });
  writeFileSync(join(dir, '.git', 'objects', 'a'), 'x');
  writeFileSync(join(dir, '.git', 'HEAD'), 'x');
  writeFileSync(join(dir, '.DS_Store'), 'x');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', '.hidden.txt'), 'x');
  symlinkSync(join(dir, JIYUAN), join(dir, 'link.txt'));
  execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
  const out = join(tmp.root, 'out');
  const { buildReport } = await runBuild({ corpus: dir, out, workers: 0 });
  const outcome = Object.fromEntries(buildReport.files.map((f) => [f.file, 'reason' in f ? `${f.outcome}: ${f.reason}` : f.outcome]));

  it('lists each entry once, in code-point order, with what happened to it', () => {
    expect(Object.keys(outcome)).toEqual([...Object.keys(outcome)].sort());
    expect(outcome).toMatchObject({
      [JIYUAN]: 'parsed',
      '.DS_Store': 'skipped: hidden file',
      '.git': 'skipped: hidden folder',
      'sub/.hidden.txt': 'skipped: hidden file',
      'README': 'skipped: no file extension (rename it to .txt, .html … to read it)',
      'tool.exe': 'skipped: not a report format (.txt, .md, .html, .pdf, .docx or .json)',
      'link.txt': 'skipped: a symbolic link (links are not followed)',
      'pipe.txt': 'skipped: a FIFO (named pipe), not a file',
      'bad\u001b[2Jname.txt': 'error: empty file (0 bytes)',
    });
    expect(outcome['scan.pdf']).toMatch(/^error: /);
    expect(outcome['word.docx']).toMatch(/^error: /);
    expect(buildReport.counts.skipped).toBe(7);
  });

  it('the terminal summary names them with control characters escaped', () => {
    const summary = formatBuildSummary(buildReport, dir, out);
    expect(summary).toContain('not read (7)');
    expect(summary).toContain('bad\\u{1b}[2Jname.txt: empty file (0 bytes)');
    expect(summary).not.toContain('\u001b');
  });
});
