import { describe, expect, it } from 'vitest';
import { stripIsolates } from '../i18n/displayName';
import type { FigureSource } from './chartFigure';
import { calcSourceLine } from './calcSourceLine';

const m = { inputsSha256: 'sha256:1a2b3c4d5e6f' };
const src = (name: string, year: number | null, url: string | null = null, pinyin?: string): FigureSource => ({ report: `${name}-${year}`, name, year, url, ...(pinyin ? { pinyin } : {}) });
const line = (...args: Parameters<typeof calcSourceLine>) => stripIsolates(calcSourceLine(...args));

describe('calcSourceLine', () => {
  it('no sources: the generic line with the data version', () => {
    expect(line('zh', m, false)).toBe('来源：各机关政府信息公开工作年度报告，本站整理 · 数据版本 1a2b3c4d');
  });
  it('a few reports: each named with agency, year and its URL where there is one (none made up)', () => {
    const sources = [src('宝鸡市公安局', 2023, 'https://example.org/a.html'), src('平潭综合实验区公安局', 2022)];
    expect(line('zh', m, false, sources)).toBe('来源：宝鸡市公安局 2023 年度政府信息公开工作年度报告 https://example.org/a.html；\n平潭综合实验区公安局 2022 年度政府信息公开工作年度报告 · 数据版本 1a2b3c4d');
  });
  it('in English the agency name gets its pinyin, as elsewhere in the English interface', () => {
    expect(line('en', m, true, [src('宝鸡市公安局', 2023, null, 'bao ji shi gong an ju')])).toBe(
      'Source: 宝鸡市公安局 (Bao Ji Shi Gong An Ju), 2023 information-disclosure report · data version 1a2b3c4d · includes synthetic (not real) data',
    );
  });
  it('many reports of several agencies: a count over the years, the list being in the CSV', () => {
    const sources = [2019, 2020, 2021, 2022].flatMap((y) => [src('甲局', y), src('乙局', y)]);
    expect(line('en', m, false, sources)).toBe('Sources: 8 information-disclosure reports of 2 agencies, 2019–2022 — list (with links) in the CSV · data version 1a2b3c4d');
    expect(line('zh', m, false, sources)).toBe('来源：2 个机关 2019–2022 年的 8 份政府信息公开工作年度报告，清单（含原文链接）见 CSV 数据 · 数据版本 1a2b3c4d');
  });
  it('many reports of one agency: the agency by name', () => {
    const sources = [2019, 2020, 2021, 2022].map((y) => src('宝鸡市公安局', y, null, 'bao ji shi gong an ju'));
    expect(line('en', m, false, sources)).toBe('Sources: 4 information-disclosure reports of 宝鸡市公安局 (Bao Ji Shi Gong An Ju), 2019–2022 — list (with links) in the CSV · data version 1a2b3c4d');
  });
  it('a report without a year says so rather than inventing one', () => {
    expect(line('zh', m, false, [src('甲局', null)])).toContain('甲局 （年份不详）政府信息公开工作年度报告');
  });
});
