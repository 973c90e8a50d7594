/** What the ranked chart's layers share: the placed layout, the focused bar and the tap rule. */
import { createContext } from 'svelte';
import type { Focus } from '../common/focus.svelte';
import type { TapGate } from '../common/tapGate';
import type { RankedBar, RankedLayout } from './calcRankedChart';

export interface RankedChartContext {
  readonly layout: RankedLayout;
  focus: Focus<RankedBar>;
  gate: TapGate<RankedBar>;
}

export const [getRankedChartContext, setRankedChartContext] = createContext<RankedChartContext>();
