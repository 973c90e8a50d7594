/**
 * The decoded report as lines: the unit every later stage reads, and the unit
 * evidence points at.
 */
import { hasTraditional, normalizeLine } from './normalizeText';
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

export function createTextDocument(source: string): TextDocument {
  const rawLines = source.split(/\r\n|\r|\n/);
  const traditional = hasTraditional(source);
  return { lines: rawLines.map((raw, i) => ({ n: i + 1, raw, text: normalizeLine(raw, traditional) })) };
}

export function evidenceOf(line: TextLine): Evidence {
  return { line: line.n, text: line.raw.trim() };
}
