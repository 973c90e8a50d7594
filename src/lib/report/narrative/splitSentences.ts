import type { ProseBlock, Span } from './prose';
import { splitSpans } from './splitSpans';

const SENTENCE_END = /[。！？!?；;]+/g;

/** Sentences of prose blocks (a 。 or ； ends one; a clause inside is cut later). */
export function splitSentences(blocks: ProseBlock[]): Span[] {
  return blocks.flatMap((block) => splitSpans(block, block.text, 0, SENTENCE_END));
}
