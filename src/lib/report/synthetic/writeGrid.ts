/**
 * A table as a grid of fields → lines of tab-separated or markdown pipe text.
 *
 * Header rows and rows with a blank cell are printed exactly on the grid: every
 * field, the table's trailing padding included, so a blank keeps its column (the
 * header rows say which column is which). Rows with every cell filled take the
 * quirks of seed 000: merged label columns dropped, an extra trailing tab. Long
 * labels may break at the table's label-column width, the rest on a line of its
 * own below the row (seeds 001, 002).
 */
import type { Rng } from './createRng';

export interface GridRow {
  fields: string[];
  /** Print exactly these fields (headers, rows with a blank cell). */
  exact: boolean;
  /** Number of leading label columns (data rows). */
  labelCols?: number;
  /** Index of the label that may be broken across lines (data rows). */
  labelAt?: number;
}

/** Index just past the `n`-th non-space character, or -1 when the text is not longer than that by 2. */
function cutAfter(text: string, n: number): number {
  const chars = [...text];
  let seen = 0;
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] !== ' ') seen++;
    if (seen === n) return chars.slice(i + 1).join('').replace(/ /g, '').length >= 2 ? i + 1 : -1;
  }
  return -1;
}

export function writeTabs(rows: readonly GridRow[], rng: Rng): string[] {
  const out: string[] = [];
  const width = Math.max(...rows.map((r) => r.fields.length));
  // A label column is as wide as it is for the whole table: labels past it break there (seeds 001, 002).
  const columnChars = rng.int(9, 14);
  for (const row of rows) {
    let fields = [...row.fields];
    let rest = '';
    const at = row.labelAt;
    const cut = at === undefined ? -1 : cutAfter(fields[at], columnChars);
    if (at !== undefined && cut > 0 && rng.chance(0.25)) {
      const chars = [...fields[at]];
      fields[at] = chars.slice(0, cut).join('');
      rest = chars.slice(cut).join('');
    }
    if (!row.exact && row.labelCols !== undefined && rng.chance(0.25)) {
      const labels = fields.slice(0, row.labelCols).filter((f) => f !== '');
      fields = [...labels, ...fields.slice(row.labelCols)];
      while (fields.length > 0 && fields[fields.length - 1] === '' && rng.chance(0.5)) fields.pop();
    }
    if (!row.exact && rng.chance(0.15)) fields.push('');
    out.push(fields.join('\t'));
    if (rest) {
      if (rng.chance(0.5)) out.push('');
      const pad = rng.chance(0.5) ? '\t'.repeat(Math.max(0, width - (at ?? 0) - 1)) : '';
      out.push('\t'.repeat(at ?? 0) + rest + pad);
    }
    if (rng.chance(0.04)) out.push('');
  }
  return out;
}

export function writeMarkdown(rows: readonly GridRow[]): string[] {
  const width = Math.max(...rows.map((r) => r.fields.length));
  const line = (fields: readonly string[]): string =>
    `| ${[...fields, ...Array(width - fields.length).fill('')].join(' | ')} |`;
  const out = rows.map((r) => line(r.fields));
  out.splice(1, 0, line(Array(width).fill('---')));
  return out;
}
