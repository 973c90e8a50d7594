/**
 * The decoded report as lines: the unit every later stage reads, and the unit
 * evidence points at.
 */
import { hasTraditional, isTraditionalText, normalizeWidths, simplify } from './normalizeText';
import { reflowRunTogether } from './layout/reflowRunTogether';
import type { Evidence } from './types';

export interface TextLine {
  /** 1-based line number in the decoded source. */
  n: number;
  /** The line as in the source (for evidence). */
  raw: string;
  /** Normalised: simplified characters, ASCII digits, plain spaces. */
  text: string;
  /** A piece of a longer source line (layout/reflowRunTogether.ts): its 0-based offset in that line. */
  col?: number;
  /** Digits of table cells run together with no separator, to be cut by the template's arithmetic. */
  runTogether?: boolean;
  /** Label text that, in a run-together table, ends the label of the row before it. */
  continuesRow?: boolean;
}

export interface TextDocument {
  lines: TextLine[];
}

const LINE_BREAK = /\r\n|\r|\n/;

export function createTextDocument(source: string): TextDocument {
  // Most texts break lines with \n alone: a plain split gives the same lines without the regular expression.
  const rawLines = source.includes('\r') ? source.split(LINE_BREAK) : source.split('\n');
  // Only a traditional document goes through OpenCC, and in it only the lines that need it:
  // converting simplified text is not harmless (乾县 would become 干县).
  const traditional = isTraditionalText(source);
  const lines = rawLines.map((raw, i) => ({
    n: i + 1,
    raw,
    text: normalizeWidths(traditional && hasTraditional(raw) ? simplify(raw) : raw),
  }));
  return { lines: reflowRunTogether(lines) };
}

export function evidenceOf(line: TextLine): Evidence {
  return { line: line.n, text: line.raw.trim() };
}
