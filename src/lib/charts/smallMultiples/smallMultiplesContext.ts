/** What the small multiples' layers share: the placed grid and the focused point. */
import { createContext } from 'svelte';
import type { Focus } from '../common/focus.svelte';
import type { LinePoint } from '../lineChart/calcLineChart';
import type { MultiplesLayout, Panel } from './calcSmallMultiples';

export interface SmallMultiplesContext {
  readonly layout: MultiplesLayout;
  focus: Focus<{ panel: Panel; point: LinePoint }>;
}

export const [getSmallMultiplesContext, setSmallMultiplesContext] = createContext<SmallMultiplesContext>();
