/** A chunk that is one table value: a number (1,370 · 96171.6 · 19 项) or a dash standing for a blank cell. */
import { readCell } from '../readCell';
import { normalizeWidths } from '../normalizeText';
import type { Chunk } from './groupLines';

const DASH = /^[-—–―/／]+$/;

export function isValueChunk(c: Chunk): boolean {
  const text = normalizeWidths(c.text).trim();
  return DASH.test(text) || readCell(text).kind === 'number';
}
