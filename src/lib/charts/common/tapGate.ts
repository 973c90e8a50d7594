/**
 * Touch needs two taps where a mouse needs one: a first tap on a mark shows its tooltip (there
 * is no hover), a second tap on the same mark opens its report. A mouse click opens at once;
 * hover only follows a mouse (a finger's enter/leave would flash the tooltip away).
 */
import type { Focus } from './focus.svelte';

export interface TapGate<T> {
  /** On pointerdown: remember the pointer and whether the mark was already showing. */
  down(e: PointerEvent, mark: T): void;
  /** On click: true = open the report; false = this tap only showed the tooltip. */
  click(mark: T): boolean;
  /** Hover (enter/leave) counts only for a mouse. */
  hover(e: PointerEvent): boolean;
}

/** `same`: whether two marks are one (small multiples wrap each point in a new object). */
export function createTapGate<T>(focus: Focus<T>, same: (a: T, b: T) => boolean = (a, b) => a === b): TapGate<T> {
  let touch = false;
  let shown = false;
  return {
    down(e, mark) {
      touch = e.pointerType !== 'mouse';
      shown = focus.current !== null && same(focus.current, mark);
    },
    click(mark) {
      const first = touch && !shown;
      touch = false;
      if (first) focus.set(mark);
      return !first;
    },
    hover: (e) => e.pointerType === 'mouse',
  };
}
