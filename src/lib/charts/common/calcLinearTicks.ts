/** Ticks of a linear scale as pixel positions with formatted labels. */
import type { ScaleLinear } from 'd3-scale';
import type { Tick, TickFormat } from './types';

export function calcLinearTicks(scale: ScaleLinear<number, number>, count: number, format: TickFormat): Tick[] {
  return scale.ticks(count).map((v) => ({ pos: scale(v), label: format(v) }));
}
