import { describe, expect, it } from 'vitest';
import { calcHeightLadder, calcLadderCss, findHeightSteps, ladderHeight } from './calcHeightLadder';

// Synthetic content: heights that step where text would wrap (made up for the test).
const content = (w: number) => (w < 351 ? 676.7 : w < 423 ? 641.5 : w < 761 ? 545.6 : w < 1000 ? 522 : 540.2);

/** Evaluates the CSS that calcLadderCss writes, at a width, the way a browser would. */
function evalCss(css: string, width: number): number {
  const js = css
    .replace(/^calc\(/, '(')
    .replace(/clamp\(0px, \(100% - ([\d.]+)px\) \* 100000, ([\d.]+)px\)/g, (_, start, max) => `Math.min(Math.max(0, (${width} - ${start}) * 100000), ${max})`)
    .replace(/px/g, '');
  return Function(`return ${js}`)() as number;
}

describe('embed height ladder', () => {
  it('measured heights become steps where the height changes, widths in order', () => {
    expect(calcHeightLadder(new Map([[400, 600], [300, 700], [350, 700], [450, 600], [500, 580]]))).toEqual([
      { from: 300, height: 700 },
      { from: 400, height: 600 },
      { from: 500, height: 580 },
    ]);
  });

  it('findHeightSteps pins every change to the pixel and measures each width once', async () => {
    const asked: number[] = [];
    const steps = await findHeightSteps(async (w) => (asked.push(w), content(w)), { min: 280, max: 1200, step: 20 });
    expect(steps).toEqual([
      { from: 280, height: 677 },
      { from: 351, height: 642 },
      { from: 423, height: 546 },
      { from: 761, height: 522 },
      { from: 1000, height: 541 },
    ]);
    expect(new Set(asked).size).toBe(asked.length);
    expect(asked.length).toBeLessThan(100);
  });

  it('the CSS gives the content height (rounded up) at every whole width, and never less between two widths', async () => {
    const steps = await findHeightSteps(async (w) => content(w), { min: 280, max: 1200, step: 20 });
    const css = calcLadderCss(steps);
    expect(css).not.toMatch(/[<>"]/);
    for (let w = 280; w <= 1200; w++) {
      expect(evalCss(css, w)).toBeCloseTo(Math.ceil(content(w)), 6);
      expect(ladderHeight(steps, w)).toBe(Math.ceil(content(w)));
      expect(evalCss(css, w + 0.5)).toBeGreaterThanOrEqual(Math.max(content(w), content(w + 1)) - 1e-6);
    }
    // Outside the measured range: the nearest end's height.
    expect(evalCss(css, 200)).toBe(677);
    expect(evalCss(css, 2400)).toBeCloseTo(541, 6);
  });

  it('one height everywhere is a plain length; nothing measured is 0px', () => {
    expect(calcLadderCss([{ from: 280, height: 500 }])).toBe('500px');
    expect(calcLadderCss([])).toBe('0px');
  });
});
