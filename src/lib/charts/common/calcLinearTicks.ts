/** Ticks of a linear scale as pixel positions with formatted labels. */
import type { LinearScale } from './linearScale';
import type { Tick, TickFormat } from './types';

export function calcLinearTicks(scale: LinearScale, count: number, format: TickFormat): Tick[] {
  return scale.ticks(count).map((v) => ({ pos: scale(v), label: format(v) }));
}
