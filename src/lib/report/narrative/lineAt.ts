import type { ProseBlock } from './prose';
import type { TextLine } from '../textDocument';

/** The source line holding the character at `offset` of a block. */
export function lineAt(block: ProseBlock, offset: number): TextLine {
  const { starts } = block;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return block.lines[lo];
}
