/**
 * What every cell of a report's tables needs, shared by ReportView with its tables through a
 * typed context: the report, the cells its failed checks flag, and the cell picked for evidence.
 */
import { createContext } from 'svelte';
import type { ReportStrings } from '../i18n/stringsReport';
import type { Report } from '../report/types';
import type { Lang } from '../view/parseView';
import type { FlaggedCells } from './calcFlaggedCells';
import type { CellSelection } from './cellSelection.svelte';

export interface ReportContext {
  report: Report;
  flagged: FlaggedCells;
  selection: CellSelection;
  lang: Lang;
  s: ReportStrings;
}

export const [getReportContext, setReportContext] = createContext<ReportContext>();
