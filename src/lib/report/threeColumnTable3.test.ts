/**
 * Some agencies print table 3 with three value columns — 自然人, 法人或其他组织 (not split into its
 * five), 总计. Read by the national layout's seven columns, a tab row's third number (总计) went to
 * 科研机构. Now 自然人 and 总计 are read, the five legal-person columns stay blank, and a warning
 * says why; a seven-column table whose header lost its second row is read as before.
 */
import { describe, expect, it } from 'vitest';
import { calcNoteParts } from '../i18n/calcNoteParts';
import { parseReportText } from './parseReport';

const HEAD = `某某市教育局2021年政府信息公开工作年度报告
三、收到和处理政府信息公开申请情况
（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\t\t
\t自然人\t法人或其他组织\t总计
`;
const ROWS = `一、本年新收政府信息公开申请数量\t10\t2\t12
二、上年结转政府信息公开申请数量\t1\t0\t1
三、本年度办理结果\t（一）予以公开\t8\t1\t9
\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t1\t\t
\t（七）总计\t11\t2\t13
四、结转下年度继续办理\t0\t0\t0
`;
const WARNING = '表三只有「自然人」「法人或其他组织」「总计」三列，法人或其他组织未分项：商业企业等五列未填';

describe('table 3 with three value columns', () => {
  for (const [layout, text] of [
    ['tab cells', HEAD + ROWS],
    ['space-separated cells', (HEAD + ROWS).replace(/\t/g, '  ')],
    ['markdown pipes', (HEAD + ROWS).split('\n').map((l) => (l.includes('\t') ? `| ${l.split('\t').join(' | ')} |` : l)).join('\n')],
  ] as const) {
    it(`${layout}: 自然人 and 总计 read, the legal persons' five columns blank, with a warning`, () => {
      const r = parseReportText(text, { file: layout === 'markdown pipes' ? 'r.md' : 'r.txt' });
      expect(r.applications.newReceived).toEqual({ natural: 10, commercial: null, research: null, social: null, legal: null, other: null, total: 12 });
      expect(r.applications.total?.total).toBe(13);
      expect(r.applications.carriedForward).toMatchObject({ natural: 0, total: 0 });
      expect(r.warnings).toContain(WARNING);
      expect(calcNoteParts(WARNING, 'en').some((p) => p.unknown)).toBe(false);
    });
  }
  it('a row printing fewer than three numbers stays blank: which is missing is unknown', () => {
    const r = parseReportText(HEAD + ROWS, { file: 'r.txt' });
    expect(r.applications.partiallyGranted?.natural ?? null).toBeNull();
    expect(r.applications.partiallyGranted?.total ?? null).toBeNull();
    expect(r.warnings.some((w) => w.startsWith('表三「部分公开」行：只有 1 个数字，对应 3 个单元格'))).toBe(true);
  });
  it('a header without its sub-column row, over rows of seven numbers, is the national layout', () => {
    const rows = `一、本年新收政府信息公开申请数量\t10\t1\t0\t0\t0\t1\t12
二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0
`;
    const r = parseReportText(HEAD.replace('\t自然人\t法人或其他组织\t总计', '\t自然人\t法人或其他组织\t\t\t\t\t总计') + rows, { file: 'r.txt' });
    expect(r.applications.newReceived).toEqual({ natural: 10, commercial: 1, research: 0, social: 0, legal: 0, other: 1, total: 12 });
    expect(r.warnings).not.toContain(WARNING);
  });
});
