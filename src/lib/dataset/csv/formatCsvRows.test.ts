import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatCsvRows } from './formatCsvRows';

describe('CSV cells', () => {
  it.each([
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', `"'+1"`],
    ['-1', `"'-1"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['济源示范区公安局', '济源示范区公安局'],
    ['a,b', '"a,b"'],
    // Issue 13, finding 9: line breaks, leading spaces, fullwidth signs.
    ['=1+1\nsecond line', `"'=1+1\nsecond line"`],
    ['=cmd|x\r\n', `"'=cmd|x\r\n"`],
    ['+1\u2028x', `"'+1\u2028x"`],
    [' =1+1', `"' =1+1"`],
    ['\u3000@SUM(A1)', `"'\u3000@SUM(A1)"`],
    ['＝1+1', `"'＝1+1"`],
    ['－1', `"'－1"`],
    ['\n=1', `"'\n=1"`],
    ['a\n=1', '"a\n=1"'],
    ['济源 = 1', '济源 = 1'],
  ])('text %s is written as %s (formula-safe)', (cell, written) => {
    expect(formatCsvRows([[cell]])).toBe(`${written}\r\n`);
  });

  it('numbers, negative ones included, stay numbers; null is an empty cell', () => {
    expect(formatCsvRows([[-5, 0, 0.1234, null, 1370]])).toBe('-5,0,0.1234,,1370\r\n');
    expect(Papa.parse(formatCsvRows([[-5]]), { dynamicTyping: true }).data[0]).toEqual([-5]);
  });
});
