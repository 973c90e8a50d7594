/**
 * CSV text for rows, the one way the build writes CSV: papaparse with formula escaping (a text
 * cell starting with = + - @, tab, CR or LF gets a leading `'` — also after leading spaces of any
 * kind, for the fullwidth ＝ ＋ － ＠, and whatever line breaks the value holds; numbers,
 * negative ones too, stay numbers), CRLF line ends. `CSV_BOM` starts every file so Excel reads UTF-8.
 */
import Papa from 'papaparse';

export const CSV_BOM = '\ufeff';

/** Text a spreadsheet could take for a formula. Tested on the whole value (no `.` that stops at a line break). */
export const FORMULA_START = /^(?:[\t\r\n]|\s*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe62\ufe63])/;

export type CsvCell = string | number | null;

export function formatCsvRows(rows: CsvCell[][]): string {
  if (rows.length === 0) return '';
  return `${Papa.unparse(rows, { newline: '\r\n', escapeFormulae: FORMULA_START, header: false })}\r\n`;
}
