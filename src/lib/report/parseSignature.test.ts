import { describe, expect, it } from 'vitest';
import { parseSignature } from './parseSignature';
import { createTextDocument } from './textDocument';

const sign = (tail: string) => parseSignature(createTextDocument(`六、其他需要报告的事项\n无。\n\n${tail}`));

describe('signature date at the end of the report', () => {
  const cases: [string, string, string | null][] = [
    ['a date alone on the last line', '宝鸡市公安局\n\n2021 年 1 月 29 日', '2021-01-29'],
    ['no spaces', '2024年1月5日\n', '2024-01-05'],
    ['ISO and dotted forms', '2022-02-28', '2022-02-28'],
    ['dotted', '2022.3.1', '2022-03-01'],
    ['Chinese numerals', '二〇二一年一月二十九日', '2021-01-29'],
    ['Chinese numerals with 十', '二〇二三年十二月十日', '2023-12-10'],
    ['agency and date on one line', '沂源县公安局 2024年1月5日', '2024-01-05'],
    ['prose ending in a date is not a signature', '报告中所列数据统计期限自2023年1月1日始，至2023年12月31日', null],
    ['no date at all gives null, not a guess', '济源示范区公安局', null],
    ['an impossible month gives null', '2021年13月1日', null],
  ];
  for (const [contract, tail, want] of cases) it(contract, () => expect(sign(tail)).toBe(want));
});
