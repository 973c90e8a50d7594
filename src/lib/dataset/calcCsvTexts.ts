/** `csv/<group>.csv` (one row per report), `csv/dictionary.csv` (what their columns hold) and the text of `csv/figures.csv.gz` (one row per figure, in chunks of 100 reports). */
import { METRIC_GROUPS, type AgencyEntry } from '../data/types';
import type { KeptReport } from './calcKeptReports';
import type { DatasetText } from './calcMetricTexts';
import { calcAreaHeader, calcAreaRows } from './csv/calcAreaRows';
import type { FigureReport } from './csv/calcFigureIndexes';
import { calcDictionaryRows } from './csv/calcDictionaryRows';
import { calcFigureRows, FIGURES_HEADER } from './csv/calcFigureRows';
import { CSV_BOM, formatCsvRows } from './csv/formatCsvRows';

export function* calcAreaCsvTexts(kept: readonly KeptReport[], agencies: ReadonlyMap<string, AgencyEntry>): Generator<DatasetText> {
  for (const group of METRIC_GROUPS) {
    yield { path: `csv/${group}.csv`, text: CSV_BOM + formatCsvRows([calcAreaHeader(group), ...calcAreaRows(group, kept, agencies)]) };
  }
}

export const DICTIONARY_CSV = 'csv/dictionary.csv';

/** The data dictionary of the per-area files: the same for every dataset (it follows the metric catalogue). */
export function calcDictionaryCsvText(): DatasetText {
  return { path: DICTIONARY_CSV, text: CSV_BOM + formatCsvRows(calcDictionaryRows()) };
}

/** The long table's CSV text in pieces, so a writer holds one piece at a time (~770 MB at 20,000 reports before gzip). */
export function* calcFiguresCsvChunks(kept: readonly FigureReport[], agencies: ReadonlyMap<string, AgencyEntry>): Generator<string> {
  yield CSV_BOM + formatCsvRows([FIGURES_HEADER]);
  for (let i = 0; i < kept.length; i += 100) {
    yield kept.slice(i, i + 100).map((k) => calcFigureRows(k, agencies.get(k.agency)!)).join('');
  }
}
