/** What the ranked chart's layers share: the placed layout and the focused bar. */
import { createContext } from 'svelte';
import type { Focus } from '../common/focus.svelte';
import type { RankedBar, RankedLayout } from './calcRankedChart';

export interface RankedChartContext {
  readonly layout: RankedLayout;
  focus: Focus<RankedBar>;
}

export const [getRankedChartContext, setRankedChartContext] = createContext<RankedChartContext>();
