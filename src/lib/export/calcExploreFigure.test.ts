import { describe, expect, it } from 'vitest';
import type { ExploreChart } from '../explore/calcExploreChart';
import { DEFAULT_VIEW } from '../view/parseView';
import { calcChartNotes } from './calcExploreFigure';

// A ranked chart of picked agencies, two of them left out (synthetic names and pinyin).
const chart = {
  metric: { key: DEFAULT_VIEW.metric, label: { zh: '申请数', en: 'Applications' } },
  rankedYear: 2023,
  rankedRows: [],
  onlyHighlighted: true,
  missing: { noReport: [{ name: '甲市公安局', pinyin: 'jia shi gong an ju' }], blank: [{ name: '乙县财政局', pinyin: undefined }] },
} as unknown as ExploreChart;
const view = { ...DEFAULT_VIEW, chart: 'ranked' as const };

describe('calcChartNotes', () => {
  it('in English the ranked chart names the agencies it leaves out with their pinyin', () => {
    const notes = calcChartNotes(chart, { ...view, lang: 'en' });
    expect(notes).toContain('No 2023 report: \u2068甲市公安局\u2069 (Jia Shi Gong An Ju).');
    // No pinyin known: the name alone, never a guess.
    expect(notes).toContain('Blank in the 2023 report: \u2068乙县财政局\u2069.');
  });

  it('in Chinese the names stay as they are', () => {
    const notes = calcChartNotes(chart, { ...view, lang: 'zh' });
    expect(notes).toContain('2023 年没有报告：\u2068甲市公安局\u2069。');
  });
});
