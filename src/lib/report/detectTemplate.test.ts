import { describe, expect, it } from 'vitest';
import { detectTemplate, type TemplateEvidence } from './detectTemplate';
import { parseReportText } from './parseReport';
import { validateReportJson } from './validateReportJson';

const none: TemplateEvidence = { table2Text: '', table3Has2021Rows: false, table3Has2019Row: false, year: null, hasTables: true };

describe('template: from the table headers, and none without tables', () => {
  const cases: [string, Partial<TemplateEvidence>, string | null][] = [
    ['2021 headers of table 2', { table2Text: '信息内容 本年制发件数 本年废止件数 现行有效件数' }, '2021'],
    ['2019 headers of table 2', { table2Text: '信息内容 本年新制作数量 本年新公开数量 对外公开总数量' }, '2019'],
    ['table 3 rows when table 2 says nothing', { table3Has2021Rows: true }, '2021'],
    ['the year only when the tables say nothing', { year: 2020 }, '2019'],
    ['a report without tables has no template, whatever its year', { year: 2022, hasTables: false }, null],
  ];
  for (const [contract, e, want] of cases) it(contract, () => expect(detectTemplate({ ...none, ...e }).template).toBe(want));

  it('a parsed report without tables: template null, no table 2 or 3 cells, valid report JSON', () => {
    const r = parseReportText('平潭综合实验区公安局2020年政府信息公开工作年度报告\n', { file: 'r.txt' });
    expect(r.template).toBeNull();
    expect(r.active).toEqual({});
    expect(r.applications).toEqual({});
    expect(r.review.total).toBeNull();
    const back = validateReportJson(JSON.parse(JSON.stringify(r)), { file: 'r.json', sha256: '', encoding: 'utf-8' });
    expect(back.ok).toBe(true);
  });

  it('a report whose tables were not located but whose headers are there keeps a template', () => {
    const r = parseReportText('某某局2022年政府信息公开工作年度报告\n一、本年新收政府信息公开申请数量3000003', { file: 'r.txt' });
    expect(r.template).toBe('2021');
  });
});
