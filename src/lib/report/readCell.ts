/**
 * One table cell's text → its value. Accepts thousands separators (1,370),
 * units (19 项, 1710.15 万元), signs (本年增/减: -2, +3), full-width digits
 * (already made ASCII by normalizeLine) and the multipliers 万/亿 (1.2万 = 12000,
 * 3万件 = 30000; 万元/亿元 stay a currency unit). Blank and dash cells are
 * `null`: blank is never zero.
 *
 * A cell that is written like a number but cannot be one exactly — exponent
 * notation (1e309), more significant digits than a double holds (a 400-digit
 * number, 99999999999999999999), a percentage in a table of counts — is
 * `invalid`: it occupies its cell (its neighbours never move) and reads as
 * `null` with a warning, never as a rounded or made-up value.
 */

import { isSpace } from './isSpace';

export type CellValue =
  | { kind: 'number'; value: number; unit: string }
  | { kind: 'blank' }
  | { kind: 'text' }
  | { kind: 'invalid'; text: string; reason: string };

const UNIT = '(?:万元|亿元|元|项|件|个|条|次|人次|家|宗|起|%)';
export const NUMBER_CELL = new RegExp(`^([-+−]?)\\s*((?:\\d{1,3}(?:[,，]\\d{3})+|\\d+)(?:\\.\\d+)?)\\s*(${UNIT})?$`);
const SCALED = /^([-+−]?)\s*((?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?)\s*(万|亿)\s*(项|件|个|条|次|人次|家|宗|起)?$/;
/** Number-shaped text that is no readable number: exponents, stray separators, digits run into a unit. */
const NUMBERISH = /^[-+−]?\s*\d(?:[\d.,，]*\d)?(?:[eE][-+]?\d+)?\s*(?:万|亿)?\s*(?:[%‰]|万元|亿元|元|项|件|个|条|次|人次|家|宗|起)?$/;
const BLANK = /^(?:|[-—–―/／\\]+|无)$/;
/** A double holds 15 significant decimal digits exactly (integers: up to 2^53). */
const MAX_DIGITS = 15;

/** Cell texts repeat a lot ("0", ""): remember their readings, within a bound. */
const cache = new Map<string, CellValue>();

/** Plain digit cells ("0", "12", "370") are most cells: read without the cache, small ones shared. */
const SMALL: CellValue[] = Array.from({ length: 1024 }, (_, i) => ({ kind: 'number', value: i, unit: '' }));
const EMPTY: CellValue = { kind: 'blank' };

function readDigits(text: string): CellValue | null {
  const n = text.length;
  if (n > 15) return null;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    value = value * 10 + d;
  }
  return value < SMALL.length ? SMALL[value] : { kind: 'number', value, unit: '' };
}

const TEXT: CellValue = { kind: 'text' };
const WU = '无'.charCodeAt(0);

/** Characters a number or a blank cell may open with: digits, signs, white space, dashes, slashes, 无. */
function mayOpenValue(c: number): boolean {
  if (c >= 48 && c <= 57) return true;
  if (isSpace(c)) return true;
  // - + − — – ― / ／ \ 无
  return c === 45 || c === 43 || c === 0x2212 || c === 0x2014 || c === 0x2013 || c === 0x2015 || c === 47 || c === 0xff0f || c === 92 || c === WU;
}

export function readCell(text: string): CellValue {
  if (!text) return EMPTY;
  const first = text.charCodeAt(0);
  // Anything else opens a label (text).
  if (!mayOpenValue(first)) return TEXT;
  const digits = readDigits(text);
  if (digits) return digits;
  let value = cache.get(text);
  if (!value) {
    if (cache.size > 20000) cache.clear();
    value = readCellUncached(text);
    if (text.length <= 64) cache.set(text, value);
  }
  return value;
}

const invalid = (text: string, reason: string): CellValue => ({ kind: 'invalid', text, reason });

/** Significant digits of a plain decimal ("0012.300" → 3). */
function significantDigits(digits: string): number {
  const d = digits.replace('.', '').replace(/^0+/, '');
  const intPart = digits.split('.')[0].replace(/^0+/, '');
  return digits.includes('.') ? Math.max(d.replace(/0+$/, '').length, intPart.length) : d.length;
}

/** `digits` × 10^shift, computed on the decimal text so that 1.15万 is exactly 11500. */
function shiftDecimal(digits: string, shift: number): string {
  const [int, frac = ''] = digits.split('.');
  const padded = frac.padEnd(shift, '0');
  const out = `${int}${padded.slice(0, shift)}${padded.length > shift ? `.${padded.slice(shift)}` : ''}`;
  return out.replace(/^0+(?=\d)/, '');
}

function readCellUncached(text: string): CellValue {
  const t = text.replace(/\s+/g, ' ').trim();
  if (BLANK.test(t)) return { kind: 'blank' };
  const quoted = t.length > 40 ? `${t.slice(0, 40)}…` : t;
  let m = NUMBER_CELL.exec(t);
  let digits: string;
  let unit: string;
  if (m) {
    digits = m[2].replace(/[,，]/g, '');
    unit = m[3] ?? '';
    if (unit === '%') return invalid(quoted, '百分比不是表格中的数量');
  } else if ((m = SCALED.exec(t))) {
    digits = shiftDecimal(m[2].replace(/[,，]/g, ''), m[3] === '万' ? 4 : 8);
    unit = `${m[3]}${m[4] ?? ''}`;
  } else if (t.length <= 400 && NUMBERISH.test(t)) {
    return invalid(quoted, /[eE]/.test(t) ? '科学计数法不是可读的数量' : '不是可读的数字');
  } else if (t.length > 400 && /^[-+−]?\d[\d.,，\s]*$/.test(t.slice(0, 400))) {
    return invalid(quoted, `数字过长（${t.length} 位）`);
  } else return { kind: 'text' };
  const exact = digits.includes('.') ? significantDigits(digits) <= MAX_DIGITS : Number.isSafeInteger(Number(digits));
  if (!exact) return invalid(quoted, digits.includes('.') ? `有效数字超过 ${MAX_DIGITS} 位，无法精确读取` : '超出可精确读取的整数范围（2^53）');
  const value = Number(digits) * (m[1] === '-' || m[1] === '−' ? -1 : 1);
  return { kind: 'number', value: Object.is(value, -0) ? 0 : value, unit };
}

/** A value read into a field whose unit is 万元: a cell in 元 or 亿元 is converted; null for a unit that is no amount of money (万, 件). */
export function toWanYuan(value: number, unit: string): number;
export function toWanYuan(value: number, unit: string, strict: true): number | null;
export function toWanYuan(value: number, unit: string, strict = false): number | null {
  if (unit === '元') return round(value / 10000);
  if (unit === '亿元') return round(value * 10000);
  if (strict && unit !== '' && unit !== '万元') return null;
  return value;
}

function round(x: number): number {
  return Math.round(x * 1e8) / 1e8;
}
