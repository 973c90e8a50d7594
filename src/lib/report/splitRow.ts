/**
 * One source line of a table → its label text and its value cells.
 * Tab-separated and pipe (markdown) rows keep their cell structure, so a blank
 * cell keeps its position; space-separated rows only give the trailing run of
 * numbers, and a blank in them cannot be placed.
 */
import { isSpace } from './isSpace';
import { readCell } from './readCell';
import type { TextLine } from './textDocument';
import { withoutSpaces } from './withoutSpaces';

export interface RowCells {
  line: TextLine;
  /** Label text on this line (fields or tokens before the values), spaces removed. */
  label: string;
  /** The value region: cell texts after the last label field. */
  cells: string[];
  /** True when cells come from tabs or pipes and blank cells are real cells. */
  structured: boolean;
  /** Structured rows: every field of the line, and the index of the last label field (-1: none). */
  fields?: string[];
  labelEnd?: number;
  /** Space-separated rows gathered from several lines (one cell per line): the line of each cell. */
  cellLines?: TextLine[];
  /** Cells run together with no separator (`1000001`): `cells` holds the one run, cut by placeCells. */
  runTogether?: boolean;
}

/** The source line a cell of the row was read from. */
export function lineOfCell(row: RowCells, i: number): TextLine {
  return row.cellLines?.[i] ?? row.line;
}

const PIPE_SEPARATOR = /^:?-{2,}:?$/;
const ENUMERATOR = /^\s*\d{1,2}\s*[.．、](?=\s*\D)/;
/** Units a row may write apart from their number (`19 项`). */
const UNIT_TOKENS = new Set(['万元', '亿元', '元', '项', '件', '个', '条', '次', '人次', '家', '宗', '起', '%']);

/** A line of nothing but white space and pipes (`!/[^\s|]/.test(text)`, without the regular expression). */
export function isBlankLine(line: TextLine): boolean {
  const text = line.text;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x7c && !isSpace(c)) return false;
  }
  return true;
}

function splitStructured(fields: string[], line: TextLine): RowCells {
  let lastLabel = -1;
  for (let i = fields.length - 1; i >= 0; i--)
    if (readCell(fields[i]).kind === 'text') {
      lastLabel = i;
      break;
    }
  let label = '';
  for (let i = 0; i <= lastLabel; i++) if (readCell(fields[i]).kind === 'text') label += fields[i];
  label = withoutSpaces(label);
  return { line, label, cells: fields.slice(lastLabel + 1), structured: true, fields, labelEnd: lastLabel };
}

/** `text.trim().split(/\s+/)` without the regular expression: [''] for a blank text. */
function tokensOf(text: string): string[] {
  const tokens: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i === n) break;
    const start = i;
    while (i < n && !isSpace(text.charCodeAt(i))) i++;
    tokens.push(text.slice(start, i));
  }
  if (!tokens.length) tokens.push('');
  return tokens;
}

/**
 * Whether the text opens as `ENUMERATOR` needs (spaces, one or two digits, spaces, a point or 、):
 * most rows do not, and skip its replacement (a costly call even where nothing matches).
 */
function opensWithEnumerator(text: string): boolean {
  const n = text.length;
  let i = 0;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  const digitsFrom = i;
  while (i < n && i - digitsFrom < 2 && isDigit(text.charCodeAt(i))) i++;
  if (i === digitsFrom) return false;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  return c === 0x2e || c === 0xff0e || c === 0x3001; // . ． 、
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The text without surrounding white space when it is nothing but ASCII digits, else null. */
function bareDigits(text: string): string | null {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start === end) return null;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return null;
  }
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

function splitSpaced(text: string, line: TextLine): RowCells {
  // One number alone on its line (tables printed one cell per line): one value cell, no label.
  const digits = bareDigits(text);
  if (digits !== null) return { line, label: '', cells: [digits], structured: false };
  const tokens = tokensOf(opensWithEnumerator(text) ? text.replace(ENUMERATOR, (m) => m.replace(/\s+/g, '')) : text);
  // One token (a label, or a cell, alone on its line): it is the label or the one cell.
  if (tokens.length === 1) return isValue(tokens[0]) ? { line, label: '', cells: tokens, structured: false } : { line, label: tokens[0], cells: [], structured: false };
  // Re-attach units written apart from their number ("19 项"): most rows have none, and keep their tokens.
  const merged = tokens.some(isUnitToken) ? attachUnits(tokens) : tokens;
  let start = merged.length;
  while (start > 0 && isValue(merged[start - 1])) start--;
  // An enumerator like "1." glued to the label is part of the label, never a cell.
  return {
    line,
    label: start === 1 ? merged[0] : merged.slice(0, start).join(''),
    cells: start === 0 ? merged : merged.slice(start),
    structured: false,
  };
}

/** A token that is one of the units (two characters at most: the set is not searched for longer ones). */
function isUnitToken(t: string): boolean {
  if (t.length > 2) return false;
  // Digits and ASCII letters are none of them (only % is ASCII): no look-up for them.
  const c = t.charCodeAt(0);
  return (c >= 0x4e00 || c === 0x25) && UNIT_TOKENS.has(t);
}

/** The tokens with each unit token joined to the number before it. */
function attachUnits(tokens: string[]): string[] {
  const merged: string[] = [];
  for (const t of tokens) {
    if (isUnitToken(t) && merged.length && readCell(merged[merged.length - 1]).kind === 'number') merged[merged.length - 1] += t;
    else merged.push(t);
  }
  return merged;
}

/** `text.split(separator).map((f) => f.trim())` in one array. */
function trimmedFields(text: string, separator: string): string[] {
  const fields = text.split(separator);
  for (let i = 0; i < fields.length; i++) fields[i] = fields[i].trim();
  return fields;
}

export function splitRow(line: TextLine): RowCells {
  const text = line.text;
  if (line.runTogether) return { line, label: '', cells: [text.trim()], structured: false, runTogether: true };
  if (text.includes('\t')) return splitStructured(trimmedFields(text, '\t'), line);
  const trimmed = text.trim();
  if (trimmed.startsWith('|') || (trimmed.endsWith('|') && trimmed.includes('|', 1))) {
    // The row without its outer pipes (`| a | b |` → ` a | b `).
    let inner = trimmed.startsWith('|') ? trimmed.slice(1) : trimmed;
    if (inner.endsWith('|')) inner = inner.slice(0, -1);
    const fields = trimmedFields(inner, '|');
    if (fields.every((f) => PIPE_SEPARATOR.test(f) || f === '')) return { line, label: '', cells: [], structured: true };
    return splitStructured(fields, line);
  }
  return splitSpaced(text, line);
}

/** A row that carries values (or, structured, blank cells standing for values). */
export function hasValueRegion(row: RowCells): boolean {
  return row.cells.length > 0;
}

/** A row with at least one number among its cells. */
export function hasNumbers(row: RowCells): boolean {
  return row.cells.some(isValue);
}

/** A number, or number-shaped text that cannot be read (1e309): either way a value cell, never label text. */
function isValue(text: string): boolean {
  const kind = readCell(text).kind;
  return kind === 'number' || kind === 'invalid';
}
