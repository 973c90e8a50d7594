/** What the line chart's layers share: the placed layout, the focused point and the tap rule. */
import { createContext } from 'svelte';
import type { Focus } from '../common/focus.svelte';
import type { TapGate } from '../common/tapGate';
import type { LineLayout, LinePoint } from './calcLineChart';

export interface LineChartContext {
  readonly layout: LineLayout;
  focus: Focus<LinePoint>;
  gate: TapGate<LinePoint>;
}

export const [getLineChartContext, setLineChartContext] = createContext<LineChartContext>();
