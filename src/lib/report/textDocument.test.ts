import { describe, expect, it } from 'vitest';
import { createTextDocument } from './textDocument';

const texts = (s: string) => createTextDocument(s).lines.map((l) => l.text);

describe('text normalisation', () => {
  it('a traditional report is read as simplified', () => {
    expect(texts('濟源市公安局政府資訊公開工作年度報告\n本年新收政府資訊公開申請數量\t１０\n（七）總計')).toEqual([
      '济源市公安局政府资讯公开工作年度报告',
      '本年新收政府资讯公开申请数量\t10',
      '（七）总计',
    ]);
  });
  it('a simplified report keeps its simplified characters that OpenCC would change (乾县, 著)', () => {
    expect(texts('乾县公安局 2021 年政府信息公开工作年度报告\n乾县公安局主动公开信息，显著提升。')).toEqual([
      '乾县公安局 2021 年政府信息公开工作年度报告',
      '乾县公安局主动公开信息，显著提升。',
    ]);
  });
  it('a stray traditional character does not turn a simplified report into a converted one', () => {
    const doc = '强化依申请公开管理和服務，提高基层公安机关政府信息公开水平。乾县公安局坚持以公开为常态、不公开为例外的原则。';
    expect(texts(doc)).toEqual([doc]);
  });
  it('full-width digits and odd spaces become ASCII; raw lines stay as written for evidence', () => {
    const doc = createTextDocument('行政许可\u3000１，３７０');
    expect(doc.lines[0].text).toBe('行政许可 1，370');
    expect(doc.lines[0].raw).toBe('行政许可\u3000１，３７０');
  });
});
