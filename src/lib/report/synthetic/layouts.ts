/**
 * The layouts a synthetic report can be printed in, after the seeds: tab cells
 * (000, 001, 003), one cell per line (004), labels split by spaces (002),
 * markdown pipe tables, and a table pushed into the next section (002, 004).
 */
import { createRng } from './createRng';
import type { CellForm, Push } from './types';

export const LAYOUTS = ['tabs', 'lines', 'spaced', 'markdown', 'pushed'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export interface ResolvedLayout {
  cells: CellForm;
  push: Push;
}

/**
 * What a layout means for one report: `pushed` prints its cells as tabs or
 * lines and pushes table 2 or table 4, chosen from the seed, so the renderer
 * and the expectations agree.
 */
export function resolveLayout(seed: number, layout: LayoutName): ResolvedLayout {
  if (layout !== 'pushed') return { cells: layout, push: 'none' };
  const rng = createRng(seed).fork('pushed');
  return {
    cells: rng.chance(0.5) ? 'tabs' : 'lines',
    push: rng.chance(0.5) ? 'table2IntoOverview' : 'table4IntoProblems',
  };
}

/** Layouts whose rows have no cell structure: a blank cell cannot be placed there. */
export function hasCellStructure(cells: CellForm): boolean {
  return cells === 'tabs' || cells === 'markdown' || cells === 'html';
}
