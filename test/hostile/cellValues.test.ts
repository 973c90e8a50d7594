/**
 * Issue 13, finding 2: numbers read wrong or lost without a word. Each hostile cell text is put
 * into a real seed report (a tab table and a space-separated one); the cell must read as what it
 * says, or as null with a warning naming the cell and the text, and no other cell may change.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/report/parseReport';
import { readCell } from '../../src/lib/report/readCell';
import { cellPaths, getPath } from '../../src/lib/report/schema';
import type { Report } from '../../src/lib/report/types';
import { seedTextToHtml } from '../factories/seedTextToHtml';
import { SEEDS } from './hostileCorpus';

const TAB = readFileSync(join(SEEDS, '000_33cbb0de23e7a3a9.txt'), 'utf8'); // 济源 2021, tab table
const SPACED = readFileSync(join(SEEDS, '004_9b37ee7fe4389221.txt'), 'utf8'); // space-separated tables
const TAB_ROW = '一、本年新收政府信息公开申请数量\t\t10\t';
const SPACED_ROW = '一、本年新收政府信息公开申请数量 2 ';

async function parse(text: string, file = 'r.txt'): Promise<Report> {
  const out = await parseReport(new TextEncoder().encode(text), { file });
  if (!out.ok) throw new Error(out.error);
  return out.report;
}

function otherCells(r: Report, except: string): Record<string, unknown> {
  return Object.fromEntries(cellPaths(r.template).filter((p) => p !== except).map((p) => [p, getPath(r, p)]));
}

const NATURAL = 'applications.newReceived.natural';
const originals = { tab: await parse(TAB), spaced: await parse(SPACED) };

describe.each([
  ['tab table', 'tab' as const, TAB, TAB_ROW, (v: string) => `一、本年新收政府信息公开申请数量\t\t${v}\t`],
  ['space-separated table', 'spaced' as const, SPACED, SPACED_ROW, (v: string) => `一、本年新收政府信息公开申请数量 ${v} `],
])('a hostile 自然人 cell of 本年新收 in a %s', (_, which, text, row, withValue) => {
  expect(text).toContain(row);
  const original = originals[which];

  it.each([
    { name: '1e309', cell: '1e309', expected: null, quoted: '1e309' },
    { name: '1.2万', cell: '1.2万', expected: 12000, quoted: null },
    { name: '1.15万', cell: '1.15万', expected: 11500, quoted: null },
    { name: 'a 400-digit number', cell: `1${'9'.repeat(399)}`, expected: null, quoted: '1999999999' },
    { name: '99999999999999999999', cell: '99999999999999999999', expected: null, quoted: '99999999999999999999' },
    { name: '50%', cell: '50%', expected: null, quoted: '50%' },
    { name: '1370.5', cell: '1370.5', expected: null, quoted: '1370.5' },
    { name: '-5', cell: '-5', expected: null, quoted: '-5' },
  ])('$name → $expected; no neighbour moves', async ({ cell, expected, quoted }) => {
    const r = await parse(text.replace(row, withValue(cell)));
    expect(getPath(r, NATURAL)).toBe(expected);
    expect(otherCells(r, NATURAL)).toEqual(otherCells(original, NATURAL));
    if (quoted) {
      expect(r.warnings.some((w) => w.includes('本年新收') && w.includes(quoted))).toBe(true);
      expect(r.checks.find((c) => c.rule === 'cells.complete')?.ok).toBe(false);
      expect(r.evidence[NATURAL]).toBeUndefined();
    }
  });
});

describe('count cells of table 2 and 4', () => {
  it('-5 行政许可 decisions is null with a warning naming the cell', async () => {
    const r = await parse(TAB.replace('行政许可\t1370\t', '行政许可\t-5\t'));
    expect(r.active.licensing.decisions).toBeNull();
    expect(r.warnings).toContain('表二「行政许可」本年处理决定数量：-5 是负数，不是数量，记为空白');
    expect(otherCells(r, 'active.licensing.decisions')).toEqual(otherCells(originals.tab, 'active.licensing.decisions'));
  });

  it('1.2万 in the 万元 fee column is not an amount: null with a warning', async () => {
    const r = await parse(TAB.replace('行政事业性收费\t972.4015', '行政事业性收费\t1.2万'));
    expect(getPath(r, 'active.fees.amountWanYuan')).toBeNull();
    expect(r.warnings.some((w) => w.includes('行政事业性收费') && w.includes('万'))).toBe(true);
  });

  it('the fee 972.4015 (万元) is read with every digit on the text and the HTML path', async () => {
    expect(getPath(originals.tab, 'active.fees.amountWanYuan')).toBe(972.4015);
    const html = await parse(seedTextToHtml(TAB), 'r.html');
    expect(getPath(html, 'active.fees.amountWanYuan')).toBe(972.4015);
    const yuan = await parse(seedTextToHtml(TAB.replace('行政事业性收费\t972.4015', '行政事业性收费\t9724015元')), 'r.html');
    expect(getPath(yuan, 'active.fees.amountWanYuan')).toBe(972.4015);
  });
});

describe('readCell', () => {
  it.each([
    ['1,370', { kind: 'number', value: 1370, unit: '' }],
    ['1710.15 万元', { kind: 'number', value: 1710.15, unit: '万元' }],
    ['3万件', { kind: 'number', value: 30000, unit: '万件' }],
    ['2亿', { kind: 'number', value: 200000000, unit: '亿' }],
    ['9007199254740991', { kind: 'number', value: 9007199254740991, unit: '' }],
    ['-2', { kind: 'number', value: -2, unit: '' }],
    ['', { kind: 'blank' }],
    ['—', { kind: 'blank' }],
    ['自然人', { kind: 'text' }],
    ['1.', { kind: 'text' }],
    ['2021年', { kind: 'text' }],
  ])('%j reads as %j', (text, value) => expect(readCell(text)).toEqual(value));

  it.each(['1e309', '9007199254740993', '1.2.3', '12‰', '50%', '1234567890.1234567'])('%j is invalid, with a reason', (text) => {
    const c = readCell(text);
    expect(c.kind).toBe('invalid');
    expect(c.kind === 'invalid' && c.reason.length > 0).toBe(true);
  });
});
