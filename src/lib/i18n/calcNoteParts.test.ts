import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../report/describeProblem';
import { parseReportText } from '../report/parseReport';
import { createRandomReportValues, LAYOUTS, renderReport } from '../report/synthetic';
import { calcNoteParts } from './calcNoteParts';

const CJK = /[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]/;
const SHARED = '../shared/corpus/';

/** Every note of a report: check messages and reading warnings. */
const notesOf = (text: string, file: string) => {
  const r = parseReportText(text, { file });
  return [...r.checks.map((c) => c.message), ...r.warnings];
};

function expectEnglish(note: string) {
  const parts = calcNoteParts(note, 'en');
  expect(parts.some((p) => p.unknown), `no English for: ${note}`).toBe(false);
  for (const p of parts) if (!p.zh) expect(p.text, `Chinese left in the English of: ${note}`).not.toMatch(CJK);
  return parts.map((p) => p.text).join('');
}

describe('calcNoteParts: parser notes in English, official labels kept in Chinese', () => {
  it.each([
    ['申请数不平衡：总计列 新收5+结转0 ≠ 办结4+结转下年0（2 列因空白未核对）', 'Requests do not balance: 总计 column: new 5 + carried over 0 ≠ handled 4 + carried forward 0 (2 columns not checked: blank)'],
    ['正文与表三不一致：正文称收到申请 12 件，表三新收申请总计 11', 'The text and table 3 disagree: the text says 12 requests received, table 3’s total of new requests is 11'],
    ['3 个单元格空白或未能读取：表二规章本年制发件数；表三「（七）总计」整行；表四行政复议结果维持、总计', '3 cells blank or unreadable: table 2 规章本年制发件数; table 3 「（七）总计」: the whole row; table 4 行政复议结果维持、总计'],
    ['表三「本年新收政府信息公开申请数量」行：单元格「—」不是数字，记为空白', 'Table 3 row 「本年新收政府信息公开申请数量」: cell 「—」 is not a number; left blank'],
    ['表四数据行：16 个数字多于 15 个单元格，只保留前 15 个', 'Table 4 data row: 16 numbers for 15 cells; the first 15 kept'],
    ['PDF 第 4 页表格行「四、结转下年度继续办理」的数字与表格的列不齐，未读取', 'PDF page 4: the numbers of table row 「四、结转下年度继续办理」 do not line up with the table’s columns; not read'],
    ['PDF 第 3 页表格中一行的数字与表格的列不齐，未读取', 'PDF page 3: the numbers of a table row do not line up with the table’s columns; not read'],
    ['PDF 共 300 页，只读取了前 40 页', 'The PDF has 300 pages; only the first 40 were read'],
  ])('%s', (note, want) => expect(expectEnglish(note)).toBe(want));

  it('every problem describeProblem can word has English', () => {
    const problems = [
      { kind: 'extra', found: 9 },
      { kind: 'extra-lines', found: 9 },
      { kind: 'extra-columns', found: 9 },
      { kind: 'ambiguous', found: 5 },
      { kind: 'unreadable', text: 'x' },
      { kind: 'readings', text: '1000001', count: 3 },
      { kind: 'no-reading', text: '12' },
      { kind: 'no-sum', text: '7 0 0 0 0 08' },
      { kind: 'too-many-readings', text: '1234567890' },
    ] as Parameters<typeof describeProblem>[2][];
    for (const where of ['表二「行政许可」行', '表三「（七）总计」行', '表四「行政复议」行', '表四数据行']) for (const p of problems) expectEnglish(describeProblem(where, 7, p));
  });

  it('every note the parser writes on 120 synthetic reports (all layouts, blanks, inconsistencies) has English', () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= 120; seed++) {
      const values = createRandomReportValues(seed, { blankRate: 0.6 });
      for (const note of notesOf(renderReport(values, LAYOUTS[seed % LAYOUTS.length]), `s${seed}.txt`)) seen.add(note);
    }
    expect(seen.size).toBeGreaterThan(20);
    for (const note of seen) expectEnglish(note);
  });

  it.skipIf(!existsSync(SHARED))('every note on the real corpus (seeds, crawled, excerpts) has English', () => {
    for (const dir of ['seeds', 'crawled', 'excerpts'])
      for (const f of readdirSync(SHARED + dir).filter((f) => f.endsWith('.txt')))
        for (const note of notesOf(readFileSync(`${SHARED}${dir}/${f}`, 'utf8'), f)) expectEnglish(note);
  });

  it('Chinese is returned as it is; an unknown note stays whole, marked Chinese and unknown', () => {
    expect(calcNoteParts('未能识别报告年度', 'zh')).toEqual([{ text: '未能识别报告年度' }]);
    expect(calcNoteParts('某种新的提示', 'en')).toEqual([{ text: '某种新的提示', zh: true, unknown: true }]);
  });
});
if (!existsSync(SHARED)) console.log(`calcNoteParts: real-corpus notes skipped, ${SHARED} is missing`);
