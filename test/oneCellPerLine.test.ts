/**
 * Text extracted from PDFs often puts every table cell on a line of its own, numbers included.
 * A seed rewritten that way (each tab-separated cell on its own line, blank cells lost) must give
 * the same numbers as its tab form wherever a row has all its cells; a row that lost a blank cell
 * cannot be placed and must come out all null, never shifted.
 */
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../src/lib/report/parseReport';
import { cellPaths, getPath } from '../src/lib/report/schema';
import { hasShared, loadSeeds } from './seedTruth';

function oneCellPerLine(text: string): string {
  return text
    .split('\n')
    .flatMap((line) => (line.includes('\t') ? line.split('\t').map((c) => c.trim()).filter(Boolean) : [line]))
    .join('\n');
}

describe.skipIf(!hasShared('seeds'))('one cell per line (PDF-extracted text)', () => {
  for (const seed of loadSeeds().filter((s) => !s.name.startsWith('004'))) {
    it(`${seed.name}: every cell of a complete row reads the same as the tab form; incomplete rows stay null`, () => {
      const text = new TextDecoder().decode(seed.bytes);
      const tabs = parseReportText(text, { file: seed.name });
      const lines = parseReportText(oneCellPerLine(text), { file: seed.name });
      expect(lines.template).toBe(tabs.template);
      const problems: string[] = [];
      const rows = new Map<string, string[]>();
      for (const path of cellPaths(tabs.template)) {
        // Table 4 is one printed row of 15 cells.
        const row = /^(review|litigation)/.test(path) ? 'table4' : path.slice(0, path.lastIndexOf('.'));
        rows.set(row, [...(rows.get(row) ?? []), path]);
      }
      for (const [row, paths] of rows) {
        const want = paths.map((p) => getPath(tabs, p));
        const got = paths.map((p) => getPath(lines, p));
        const complete = want.every((v) => v !== null);
        if (complete && JSON.stringify(got) !== JSON.stringify(want)) problems.push(`${row}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
        if (!complete && got.some((v, i) => v !== null && v !== want[i])) problems.push(`${row}: shifted ${JSON.stringify(got)} vs ${JSON.stringify(want)}`);
      }
      expect(problems).toEqual([]);
    });
  }

  it('each cell gathered from its own line keeps its own line as evidence', () => {
    const seed = loadSeeds()[0];
    const text = oneCellPerLine(new TextDecoder().decode(seed.bytes));
    const r = parseReportText(text, { file: seed.name });
    const src = text.split('\n');
    const ev = r.evidence['applications.newReceived.total'];
    expect(r.applications.newReceived.total).toBe(10);
    expect(src[ev.line - 1]).toBe('10');
    expect(r.evidence['applications.newReceived.natural'].line).toBeLessThan(ev.line);
  });
});
