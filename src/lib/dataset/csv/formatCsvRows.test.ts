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
  ])('text %s is written as %s (formula-safe)', (cell, written) => {
    expect(formatCsvRows([[cell]])).toBe(`${written}\r\n`);
  });

  it('numbers, negative ones included, stay numbers; null is an empty cell', () => {
    expect(formatCsvRows([[-5, 0, 0.1234, null, 1370]])).toBe('-5,0,0.1234,,1370\r\n');
    expect(Papa.parse(formatCsvRows([[-5]]), { dynamicTyping: true }).data[0]).toEqual([-5]);
  });
});
