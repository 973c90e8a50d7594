import { describe, expect, it } from 'vitest';
import { withoutSpaces } from './withoutSpaces';

describe('withoutSpaces', () => {
  const samples = [
    '',
    '   ',
    'abc',
    ' a b  c ',
    '一、 总体 情况',
    '\t规章\t0\t0\u30003',
    'x\u00a0y\u2002z\u200a\u2028\u2029\u202f\u205f\ufeffw\u1680',
    '\u200bzero-width is no space\u200b',
    '尾随空格   ',
    '   开头空格',
    '\r\n行\v\f',
  ];
  it.each(samples)('removes what /\\s+/g removes from %j', (s) => {
    expect(withoutSpaces(s)).toBe(s.replace(/\s+/g, ''));
  });
  it('gives the text itself when it holds no white space', () => {
    const s = '政府信息公开工作年度报告';
    expect(withoutSpaces(s)).toBe(s);
  });
  it('agrees with the regular expression on every UTF-16 code unit', () => {
    let all = '';
    for (let c = 0; c < 0x10000; c++) all += String.fromCharCode(c) + 'a';
    expect(withoutSpaces(all)).toBe(all.replace(/\s+/g, ''));
  });
});
