/**
 * CSV text for rows, the one way the build writes CSV: papaparse with formula escaping (a text
 * cell starting with = + - @ tab or CR gets a leading `'`; numbers, negative ones too, stay
 * numbers), CRLF line ends. `CSV_BOM` starts every file so Excel reads UTF-8.
 */
import Papa from 'papaparse';

export const CSV_BOM = '\ufeff';

export type CsvCell = string | number | null;

export function formatCsvRows(rows: CsvCell[][]): string {
  if (rows.length === 0) return '';
  return `${Papa.unparse(rows, { newline: '\r\n', escapeFormulae: true, header: false })}\r\n`;
}
