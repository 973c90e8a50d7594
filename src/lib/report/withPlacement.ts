import type { Placement } from './placeCells';
import type { Evidence } from './types';

/** A cell's evidence, with how its place was decided where its digits were run together. */
export function withPlacement(evidence: Evidence, placement: Pick<Placement, 'placedBy'>): Evidence {
  return placement.placedBy ? { ...evidence, placedBy: placement.placedBy } : evidence;
}
