/**
 * The embed's height at every width, from the heights measured at some widths: content height
 * is a step function of width (a line of text wraps, a legend gains a row), so the ladder is a
 * list of steps, each the height from its width up to the next step. `findHeightSteps` measures
 * coarsely and bisects between two widths whose heights differ, down to 1 px, so that each step
 * starts where the content's height really changes.
 */
export interface HeightStep {
  /** The narrowest width (px) this height applies to; the first step applies below it too. */
  from: number;
  /** Content height (px, rounded up) from `from` up to the next step's width. */
  height: number;
}

export interface LadderRange {
  min: number;
  max: number;
  /** Width between two coarse measurements. */
  step: number;
}

export const LADDER_RANGE: LadderRange = { min: 280, max: 1600, step: 20 };

/** Measures `height(width)` (any order, one call at a time) and returns the steps, narrowest first. */
export async function findHeightSteps(height: (width: number) => Promise<number>, range: LadderRange = LADDER_RANGE): Promise<HeightStep[]> {
  const known = new Map<number, number>();
  const at = async (w: number) => {
    if (!known.has(w)) known.set(w, Math.ceil(await height(w)));
    return known.get(w)!;
  };
  const coarse: number[] = [];
  for (let w = range.min; w < range.max; w += range.step) coarse.push(w);
  coarse.push(range.max);
  for (const w of coarse) await at(w);
  // Between two widths of different heights: halve until the change is pinned to 1 px.
  const bisect = async (lo: number, hi: number): Promise<void> => {
    if (hi - lo <= 1 || (await at(lo)) === (await at(hi))) return;
    const mid = Math.floor((lo + hi) / 2);
    await at(mid);
    await bisect(lo, mid);
    await bisect(mid, hi);
  };
  for (let i = 1; i < coarse.length; i++) await bisect(coarse[i - 1], coarse[i]);
  return calcHeightLadder(known);
}

/** Measured heights (width → height) as steps: a step where the height changes from one measured width to the next. */
export function calcHeightLadder(measured: ReadonlyMap<number, number>): HeightStep[] {
  const widths = [...measured.keys()].sort((a, b) => a - b);
  const steps: HeightStep[] = [];
  for (const w of widths) {
    const h = measured.get(w)!;
    if (steps.length === 0 || steps[steps.length - 1].height !== h) steps.push({ from: w, height: h });
  }
  return steps;
}

/** The ladder's height at a width (what the CSS of `calcLadderCss` gives). */
export function ladderHeight(steps: readonly HeightStep[], width: number): number {
  let h = steps[0]?.height ?? 0;
  for (const s of steps) if (width >= s.from) h = s.height;
  return h;
}

/**
 * The ladder as one CSS length for `padding-top` of a box whose width is the iframe's (a
 * percentage of padding is one of the width): the first height, plus or minus each change as a
 * ramp `clamp(0px, (100% - start) * 100000, change)`, which goes from 0 to the full change within
 * a hundredth of a pixel. Between the last width measured at the old height and the first at the
 * new one (1 px), the larger height applies: a rise starts right after the old width, a fall just
 * before the new one. Inline, no `<style>` and no script, so a CMS that strips both keeps it.
 */
export function calcLadderCss(steps: readonly HeightStep[]): string {
  if (steps.length === 0) return '0px';
  const terms = steps.slice(1).map((s, i) => {
    const change = s.height - steps[i].height;
    const start = change > 0 ? s.from - 1 : s.from - 0.01;
    const ramp = `clamp(0px, (100% - ${+start.toFixed(2)}px) * 100000, ${Math.abs(change)}px)`;
    return change > 0 ? ` + ${ramp}` : ` - ${ramp}`;
  });
  return terms.length ? `calc(${steps[0].height}px${terms.join('')})` : `${steps[0].height}px`;
}
