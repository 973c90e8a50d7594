/** What the line chart's layers share: the placed layout and the focused point. */
import { createContext } from 'svelte';
import type { Focus } from '../common/focus.svelte';
import type { LineLayout, LinePoint } from './calcLineChart';

export interface LineChartContext {
  readonly layout: LineLayout;
  focus: Focus<LinePoint>;
}

export const [getLineChartContext, setLineChartContext] = createContext<LineChartContext>();
