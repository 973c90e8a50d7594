/**
 * Tables found by their own first lines when no section heading announces them: a markdown
 * table's rows start with a pipe, which must not hide 第二十条 / 信息内容 / 本年新收 from the anchors.
 */
import { describe, expect, it } from 'vitest';
import { parseReportText } from './parseReport';

const PROSE = `某某县公安局2023年政府信息公开工作年度报告
一、总体情况
今年来，我局主动公开信息 97 条。`;

describe('locateTables with markdown rows and no headings', () => {
  it('reads table 2 whose first row is a pipe row', () => {
    const report = parseReportText(
      `${PROSE}
| 第二十条第（一）项 |  |  |  |
|---|---|---|---|
| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| 规章 | 0 | 0 | 0 |
| 行政规范性文件 | 2 | 1 | 7 |
| 第二十条第（五）项 |  |  |  |
| 信息内容 | 本年处理决定数量 |  |  |
| 行政许可 | 550 |  |  |
`,
      { file: 'r.md' },
    );
    expect(report.warnings).not.toContain('未找到表二（主动公开政府信息情况）');
    expect(report.active.licensing?.decisions).toBe(550);
    expect((report.active.normativeDocuments as { issued?: number | null }).issued).toBe(2);
  });
  it('finds table 3 by its first row label inside a pipe row', () => {
    const report = parseReportText(
      `${PROSE}
| 一、本年新收政府信息公开申请数量 | | 3 | 0 | 0 | 0 | 0 | 1 | 4 |
`,
      { file: 'r.md' },
    );
    expect(report.applications.newReceived?.total).toBe(4);
  });
});
