import { describe, expect, it } from 'vitest';
import { coverYear } from './coverYear';
import { createTextDocument } from './textDocument';

const year = (text: string, title: number | null = null) => coverYear(createTextDocument(text), title);

describe('the year a report covers', () => {
  it('the title year wins', () => expect(year('2019年…', 2020)).toBe(2020));
  it('then the statistics period', () => expect(year('本报告中所列数据的统计期限自 2020 年 1 月 1 日起至 2020 年 12 月 31 日止。2021年计划')).toBe(2020));
  it('then the year the opening names most, full dates left out (a signature date, 自2004年5月1日起)', () =>
    expect(year('上海市公安局青浦分局\n2022年1月17日\n自2004年5月1日起开展工作。2021年，分局认真贯彻。2021年度新增信息。截至2021年12月31日')).toBe(2021));
  it('no year at all gives null, not a guess', () => expect(year('政府信息公开工作报告')).toBeNull());
});
