import { describe, expect, it } from 'vitest';
import { parseReportText } from '../report/parseReport';
import { calcExcerpt, calcProseFigures } from './calcProseFigures';

const TEXT = [
  '某县公安局2021年政府信息公开工作年度报告',
  '一、总体情况',
  '2021年，我局通过门户网站发布信息 408 条，“平安某县”微信公众号发布 1975 条，官方微博发布信息 2000 余条。',
  '全年共收到政府信息公开申请 12 件，其中网上申请 4 件。',
].join('\n');

describe('calcProseFigures', () => {
  const report = parseReportText(TEXT, { file: 'a.txt' });

  it('every channel figure comes with its source line and the report’s own words', () => {
    const { channels } = calcProseFigures(report, 'en');
    expect(channels.length).toBe(report.channels.length);
    expect(channels.length).toBeGreaterThan(0);
    for (const [i, c] of channels.entries()) {
      expect(c.value).toBe(report.channels[i].value);
      expect(c.line).toBe(report.channels[i].evidence.line);
      expect(c.wording).toBe(report.channels[i].label);
      expect(c.text).toContain(String(c.value >= 10000 ? c.value / 10000 : c.value));
    }
    expect(channels.some((c) => c.approximate)).toBe(true);
  });

  it('prose request counts with their line; labels in the asked language; no row for a null figure', () => {
    const zh = calcProseFigures(report, 'zh').prose;
    const received = zh.find((p) => p.key === 'narrative.applicationsReceived')!;
    expect(received).toMatchObject({ value: 12, line: 4, label: '收到申请数' });
    expect(calcProseFigures(report, 'en').prose.find((p) => p.key === received.key)!.label).toBe('requests received');
    expect(zh.every((p) => typeof p.value === 'number')).toBe(true);
    expect(zh.find((p) => p.key === 'narrative.applicationsByChannel.mail')).toBeUndefined();
  });

  it.each([
    ['short line kept whole', '收到申请 12 件', 12, '收到申请 12 件'],
    ['long line cut around the number', `${'甲'.repeat(100)}发布 408 条${'乙'.repeat(100)}`, 408, /^…甲+发布 408 条乙+…$/],
  ])('calcExcerpt: %s', (_, text, value, want) => {
    const got = calcExcerpt(text, value);
    if (typeof want === 'string') expect(got).toBe(want);
    else expect(got).toMatch(want);
    expect(got).toContain(String(value));
  });
});
