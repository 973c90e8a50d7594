/** What the small multiples' layers share: the placed grid, the focused point and the tap rule. */
import { createContext } from 'svelte';
import type { Focus } from '../common/focus.svelte';
import type { TapGate } from '../common/tapGate';
import type { LinePoint } from '../lineChart/calcLineChart';
import type { MultiplesLayout, Panel } from './calcSmallMultiples';

export interface SmallMultiplesContext {
  readonly layout: MultiplesLayout;
  focus: Focus<{ panel: Panel; point: LinePoint }>;
  gate: TapGate<{ panel: Panel; point: LinePoint }>;
}

export const [getSmallMultiplesContext, setSmallMultiplesContext] = createContext<SmallMultiplesContext>();
