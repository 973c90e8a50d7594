/** What table readers write besides values: evidence per cell path and reading warnings. */
import type { Evidence } from './types';

export interface ReadState {
  evidence: Record<string, Evidence>;
  warnings: string[];
}

export function createReadState(): ReadState {
  return { evidence: {}, warnings: [] };
}
