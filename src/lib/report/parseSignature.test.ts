import { describe, expect, it } from 'vitest';
import { parseSignature } from './parseSignature';
import { createTextDocument } from './textDocument';

const signature = (tail: string) => parseSignature(createTextDocument(`六、其他需要报告的事项\n无。\n\n${tail}`));
const sign = (tail: string) => signature(tail).date;
/** A crawler's page: header block, then the whole body on one line. */
const crawled = (body: string) =>
  parseSignature(createTextDocument(`标题: 某某局2021年政府信息公开工作年度报告\n发布时间: 2022-02-08 16:34\n==================== 正文 ====================\n${body}`));

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

describe('signature in a body saved on one line (crawled pages)', () => {
  const cases: [string, string, string | null, string | null][] = [
    ['name and date after the last sentence', '……推动全区公安工作透明、公开、廉洁、高效。六、其他需要报告的事项无 平潭综合实验区公安局 2020年1月17日', '平潭综合实验区公安局', '2020-01-17'],
    ['no space between name and date', '……依法收取信息处理费，收费标准严格按照国家有关规定执行。 平潭综合实验区市场监督管理局2026年1月23日', '平潭综合实验区市场监督管理局', '2026-01-23'],
    ['download link after the date', '……六、其他需要报告的事项无其他需要报告事项。 平潭综合实验区市场监督管理局 2021年1月25日 附件下载', '平潭综合实验区市场监督管理局', '2021-01-25'],
    ['the copy-to list and its 印发 date after the signature', '……本年度没有产生信息公开处理费。 平潭综合实验区市场监督管理局 2022年1月7日抄送：驻区纪检监察组。平潭综合实验区市场监督管理局办公室 2022年1月8日印发 附件下载', '平潭综合实验区市场监督管理局', '2022-01-07'],
    ['a body ending in prose has no signature', '……六、其他需要报告的事项2022年，无收取信息处理费情况。', null, null],
    ['a period of statistics at the end is not a signature date', '……本报告统计期限自2023年1月1日起，至2023年12月31日', null, null],
  ];
  for (const [contract, body, agency, date] of cases) it(contract, () => expect(crawled(body)).toEqual({ agency, date }));

  it('a date the reflow cut into pieces of one source line is read whole', () => {
    const pieces = ['2025年度我局无向申请人收取政府信息公开费用的情况。平潭综合实验区社会事业局 2026年', '1', '月', '23', '日'];
    const doc = { lines: pieces.map((text, k) => ({ n: 10, raw: text, text, col: k * 10 })) };
    expect(parseSignature(doc)).toEqual({ agency: '平潭综合实验区社会事业局', date: '2026-01-23' });
  });

  it('the agency on the line above a date alone', () =>
    expect(signature('宝鸡市公安局\n\n2021 年 1 月 29 日')).toEqual({ agency: '宝鸡市公安局', date: '2021-01-29' }));
});
