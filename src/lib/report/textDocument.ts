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
  // OpenCC runs only on lines holding a traditional character: simplified reports often
  // carry a stray one (服務), and converting every line of them would cost the most of all.
  return {
    lines: rawLines.map((raw, i) => ({ n: i + 1, raw, text: normalizeWidths(hasTraditional(raw) ? simplify(raw) : raw) })),
  };
}

export function evidenceOf(line: TextLine): Evidence {
  return { line: line.n, text: line.raw.trim() };
}
