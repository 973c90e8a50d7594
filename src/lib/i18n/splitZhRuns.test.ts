import { describe, expect, it } from 'vitest';
import { splitZhRuns } from './splitZhRuns';

describe('splitZhRuns', () => {
  it('marks the Chinese runs of English text, with their CJK punctuation', () => {
    expect(splitZhRuns("The 2019 template's 本年新制作数量 (newly made) and （六）其他处理：")).toEqual([
      { text: "The 2019 template's " },
      { text: '本年新制作数量', zh: true },
      { text: ' (newly made) and ' },
      { text: '（六）其他处理：', zh: true },
    ]);
  });
  it('gives plain text whole, and nothing for nothing', () => {
    expect(splitZhRuns('Table 3, row 1')).toEqual([{ text: 'Table 3, row 1' }]);
    expect(splitZhRuns('')).toEqual([]);
    expect(splitZhRuns('全部中文')).toEqual([{ text: '全部中文', zh: true }]);
  });
  it('a lone fullwidth bracket with no Chinese beside it is not a Chinese run', () => {
    expect(splitZhRuns('a （b）')).toEqual([{ text: 'a （b）' }]);
  });
});
