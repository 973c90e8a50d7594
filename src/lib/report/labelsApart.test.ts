/**
 * A converter (pdfminer's pdf2txt) printed table 2's labels, then its values, one per line:
 * whose number is whose cannot be told, so those rows stay blank with a warning — they were
 * read as 行政强制 4119 (the 行政处罚 figure) before.
 */
import { describe, expect, it } from 'vitest';
import { calcNoteParts } from '../i18n/calcNoteParts';
import { parseReportText } from './parseReport';

const TEXT = `某某县人民政府2023年政府信息公开工作年度报告
二、主动公开政府信息情况
第二十条第（一）项
信息内容
本年制发件数 本年废止件数 现行有效件数
规章
行政规范性文件
0
0
0
5
0
5
第二十条第（五）项
信息内容
本年处理决定数量
行政许可
550
第二十条第（六）项
信息内容
本年处理决定数量
行政处罚
行政强制
4119
195
`;

describe('labels printed apart from their numbers', () => {
  const report = parseReportText(TEXT, { file: 'pdf2txt.txt' });
  it('leaves those rows blank, reads the row whose number follows its label, and says why', () => {
    expect(report.active.penalty?.decisions ?? null).toBeNull();
    expect(report.active.coercion?.decisions ?? null).toBeNull();
    expect((report.active.normativeDocuments as { issued: number | null } | undefined)?.issued ?? null).toBeNull();
    expect(report.active.licensing?.decisions).toBe(550);
    expect(report.warnings).toContain('表二「行政处罚」「行政强制」：这几行的标签和数字分开印出，无法确定哪个数字属于哪一行，未填');
  });
  it('the warning has English', () => {
    const note = report.warnings.find((w) => w.includes('分开印出'))!;
    expect(calcNoteParts(note, 'en').some((p) => p.unknown)).toBe(false);
  });
});
