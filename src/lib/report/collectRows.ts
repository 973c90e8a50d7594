/**
 * Lines of a table region → logical rows: a label (joined across the lines it
 * was broken over, vertical labels included) and the line holding its values.
 */
import { hasValueRegion, isBlankLine, splitRow, type RowCells } from './splitRow';
import type { TextLine } from './textDocument';

export interface LogicalRow {
  /** Label text accumulated since the previous row, cleaned for matching. */
  label: string;
  row: RowCells;
}

export function cleanLabel(s: string): string {
  return s
    .replace(/[\s“”"'‘’「」『』*]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/．/g, '.');
}

export function collectRows(lines: TextLine[]): LogicalRow[] {
  const rows: LogicalRow[] = [];
  let pending = '';
  for (const line of lines) {
    if (isBlankLine(line)) continue;
    const row = splitRow(line);
    if (hasValueRegion(row)) {
      rows.push({ label: cleanLabel(pending + row.label), row });
      pending = '';
    } else {
      pending += row.label;
    }
  }
  return rows;
}

/** The key whose pattern matches latest in the label: the end of an accumulated label names the row. */
export function matchLabel<K extends string>(label: string, patterns: readonly (readonly [K, RegExp])[]): K | null {
  let best: K | null = null;
  let bestEnd = -1;
  for (const [key, re] of patterns) {
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    let m: RegExpExecArray | null;
    while ((m = g.exec(label))) {
      const end = m.index + m[0].length;
      if (end > bestEnd) {
        bestEnd = end;
        best = key;
      }
      if (m[0].length === 0) g.lastIndex++;
    }
  }
  return best;
}
