/**
 * The decoded report as lines: the unit every later stage reads, and the unit
 * evidence points at.
 */
import { hasTraditional, normalizeWidths, simplify } from './normalizeText';
import type { Evidence } from './types';

export interface TextLine {
  /** 1-based line number in the decoded source. */
  n: number;
  /** The line as in the source (for evidence). */
  raw: string;
  /** Normalised: simplified characters, ASCII digits, plain spaces. */
  text: string;
}

export interface TextDocument {
  lines: TextLine[];
}

const LINE_BREAK = /\r\n|\r|\n/;

export function createTextDocument(source: string): TextDocument {
  const rawLines = source.split(LINE_BREAK);
  // One OpenCC pass over the whole text, only when it holds traditional characters.
  const simplified = hasTraditional(source) ? simplify(source).split(LINE_BREAK) : rawLines;
  return { lines: rawLines.map((raw, i) => ({ n: i + 1, raw, text: normalizeWidths(simplified[i] ?? raw) })) };
}

export function evidenceOf(line: TextLine): Evidence {
  return { line: line.n, text: line.raw.trim() };
}
