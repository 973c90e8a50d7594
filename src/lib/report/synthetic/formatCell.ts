/**
 * One cell value → its printed text: decimals of 万元 amounts sometimes padded
 * (0.4020), thousands separators (1,370) and units (19 项, 1710.15 万元) when
 * asked for. Blank cells print as '' or, in some reports, a dash.
 */
import type { Cell } from '../types';
import type { Rng } from './createRng';
import type { RenderOptions } from './types';

export interface CellStyle {
  /** Print blanks as this ('' or a dash such as '—' or '/'). */
  blank: string;
  /** Pad amounts to 4 decimals, as some reports do (0.4020). */
  padDecimals: boolean;
  /** Space between number and unit ("19 项" vs "19项"). */
  unitSpace: boolean;
  /** Units also in tables 3 and 4 (件), not only in table 2. */
  unitsEverywhere: boolean;
}

export function createCellStyle(rng: Rng, structured: boolean): CellStyle {
  return {
    blank: structured && rng.chance(0.15) ? rng.pick(['—', '-', '/']) : '',
    padDecimals: rng.chance(0.4),
    unitSpace: rng.chance(0.5),
    unitsEverywhere: rng.chance(0.4),
  };
}

function withThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * @param unit the unit this cell would carry ('万元', '项', '件'), printed only with `opts.units`
 * @param counts true for table 3 and 4 cells, which carry a unit only when `style.unitsEverywhere`
 */
export function formatCell(value: Cell, unit: string, counts: boolean, style: CellStyle, opts: RenderOptions): string {
  if (value === null) return style.blank;
  let text = Number.isInteger(value) ? String(Math.abs(value)) : Math.abs(value).toFixed(style.padDecimals ? 4 : decimalsOf(value));
  if (opts.thousands) {
    const [int, frac] = text.split('.');
    text = withThousands(int) + (frac === undefined ? '' : `.${frac}`);
  }
  if (value < 0) text = `-${text}`;
  if (opts.units && (!counts || style.unitsEverywhere)) text += (style.unitSpace ? ' ' : '') + unit;
  return text;
}

function decimalsOf(value: number): number {
  const s = String(value);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}
