import type { Span } from './prose';
import { splitSpans } from './splitSpans';

/** Commas end a clause, except a thousands separator ("1,234"). */
const COMMAS = /，+|(?<!\d),+|,(?!\d{3}(?!\d))/g;
const COMMAS_AND_COLONS = /[，：:]+|(?<!\d),+|,(?!\d{3}(?!\d))/g;

/** Clauses of a sentence; `colons: true` also cuts at colons ("电话：…"). */
export function splitClauses(sentence: Span, colons = false): Span[] {
  return splitSpans(sentence.block, sentence.text, sentence.offset, colons ? COMMAS_AND_COLONS : COMMAS);
}
