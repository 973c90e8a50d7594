/**
 * The unit the narrative reader works on: report prose re-joined across hard
 * line wraps into one string per block, with a way back to the source line of
 * every character (evidence must point where a number actually sits).
 */
import type { SectionKey } from '../segmentReport';
import type { TextLine } from '../textDocument';

export interface ProseBlock {
  /** Joined normalised text. Removed characters are blanked, never deleted, so offsets stay put. */
  text: string;
  /** `starts[i]` is the offset in `text` where `lines[i]` begins. */
  starts: number[];
  lines: TextLine[];
  section: SectionKey | null;
}

/** A piece of a block: a sentence or a clause, with its offset in the block. */
export interface Span {
  text: string;
  offset: number;
  block: ProseBlock;
}
