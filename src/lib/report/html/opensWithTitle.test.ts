import { describe, expect, it } from 'vitest';
import { opensWithTitle } from './opensWithTitle';

describe('opensWithTitle', () => {
  it('finds a title among the first lines, in simplified or traditional characters', () => {
    expect(opensWithTitle(['', '宝鸡市公安局2020年政府信息公开工作年度报告', '一、总体情况'])).toBe(true);
    expect(opensWithTitle(['首页 > 政务公开', '廣州市公安局2011年政府信息公開工作年度報告'])).toBe(true);
  });

  it('finds a title wrapped onto a second line', () => {
    expect(opensWithTitle(['六盘水市公安局2020年度政府信息', '公开工作年度报告', '概述'])).toBe(true);
  });

  it('does not take prose, or a title past the first four lines', () => {
    expect(opensWithTitle(['根据《条例》要求，现公布本局政府信息公开工作年度报告。'])).toBe(false);
    expect(opensWithTitle(['首页', '新闻', '通知', '公告', '宝鸡市公安局2020年政府信息公开工作年度报告'])).toBe(false);
    expect(opensWithTitle(['2020年我局认真贯彻执行条例，坚持政府信息', '公开工作年度报告制度。'])).toBe(false);
  });
});
