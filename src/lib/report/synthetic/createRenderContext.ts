/**
 * Everything a table renderer needs for one report: the report's random
 * stream, its label and cell styles, and helpers that apply them.
 */
import type { Cell, Template } from '../types';
import { createRng, type Rng } from './createRng';
import { createCellStyle, formatCell, type CellStyle } from './formatCell';
import { createLabelStyle, spaceOut, styleLabel, type LabelStyle } from './styleLabel';
import { hasCellStructure, type ResolvedLayout } from './layouts';
import type { RenderOptions, SyntheticReportValues } from './types';

export interface RenderContext {
  values: SyntheticReportValues;
  template: Template;
  layout: ResolvedLayout;
  opts: RenderOptions;
  rng: Rng;
  labelStyle: LabelStyle;
  cellStyle: CellStyle;
  /** A label in the report's style (and split by spaces in the `spaced` form). */
  label(text: string): string;
  /** A cell's text; `counts` for tables 3 and 4. */
  cell(value: Cell, unit: string, counts?: boolean): string;
}

export function createRenderContext(values: SyntheticReportValues, layout: ResolvedLayout, opts: RenderOptions): RenderContext {
  const rng = createRng(values.seed).fork(`render:${layout.cells}:${layout.push}`);
  const labelStyle = createLabelStyle(rng.fork('labels'));
  const cellStyle = createCellStyle(rng.fork('cells'), hasCellStructure(layout.cells));
  const spacer = rng.fork('spaces');
  return {
    values,
    template: values.template,
    layout,
    opts,
    rng,
    labelStyle,
    cellStyle,
    label: (text) => {
      const styled = styleLabel(text, labelStyle);
      return layout.cells === 'spaced' ? spaceOut(styled, spacer) : styled;
    },
    cell: (value, unit, counts = false) => formatCell(value, unit, counts, cellStyle, opts),
  };
}
