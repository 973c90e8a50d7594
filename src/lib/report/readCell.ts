/**
 * One table cell's text → its value. Accepts thousands separators (1,370),
 * units (19 项, 1710.15 万元), signs (本年增/减: -2, +3) and full-width digits
 * (already made ASCII by normalizeLine). Blank and dash cells are `null`:
 * blank is never zero.
 */

export type CellValue = { kind: 'number'; value: number; unit: string } | { kind: 'blank' } | { kind: 'text' };

const UNIT = '(?:万元|亿元|元|项|件|个|条|次|人次|家|宗|起|%)';
export const NUMBER_CELL = new RegExp(`^([-+−]?)\\s*((?:\\d{1,3}(?:[,，]\\d{3})+|\\d+)(?:\\.\\d+)?)\\s*(${UNIT})?$`);
const BLANK = /^(?:|[-—–―/／\\]+|无)$/;

/** Cell texts repeat a lot ("0", ""): remember their readings, within a bound. */
const cache = new Map<string, CellValue>();

export function readCell(text: string): CellValue {
  let value = cache.get(text);
  if (!value) {
    if (cache.size > 20000) cache.clear();
    cache.set(text, (value = readCellUncached(text)));
  }
  return value;
}

function readCellUncached(text: string): CellValue {
  const t = text.replace(/\s+/g, ' ').trim();
  if (BLANK.test(t)) return { kind: 'blank' };
  const m = NUMBER_CELL.exec(t);
  if (!m) return { kind: 'text' };
  const value = Number(m[2].replace(/[,，]/g, '')) * (m[1] === '-' || m[1] === '−' ? -1 : 1);
  return { kind: 'number', value: Object.is(value, -0) ? 0 : value, unit: m[3] ?? '' };
}

/** A value read into a field whose unit is 万元: a cell in 元 or 亿元 is converted. */
export function toWanYuan(value: number, unit: string): number {
  if (unit === '元') return round(value / 10000);
  if (unit === '亿元') return round(value * 10000);
  return value;
}

function round(x: number): number {
  return Math.round(x * 1e8) / 1e8;
}
