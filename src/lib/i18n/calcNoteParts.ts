/**
 * A parser note (a check's message or a reading warning, written in Chinese by `runChecks`,
 * `describeProblem` and the table readers) in the interface language, as parts: English words,
 * and the official table labels and quoted source text the note names, kept in Chinese and marked
 * `zh` so the page can say so (`lang="zh"`). A note no pattern knows stays whole and is marked
 * `zh` and `unknown`, never half translated.
 */
import type { Lang } from '../view/parseView';

export interface NotePart {
  text: string;
  /** Chinese text: an official label or a quotation. */
  zh?: true;
  /** The whole note had no English pattern. */
  unknown?: true;
}

type Parts = NotePart[];
const e = (text: string): NotePart => ({ text });
const z = (text: string): NotePart => ({ text, zh: true });
type Rule = [RegExp, (m: RegExpExecArray) => Parts | null];

const UNITS: Record<string, string> = { 列: 'columns', 行: 'rows', 组: 'groups' };

/** Items of a failed check or of the blank-cells list, joined by ；. */
const ITEM_RULES: Rule[] = [
  [/^(.+?)列 新收(\S+)\+结转(\S+) ≠ 办结(\S+)\+结转下年(\S+)$/, (m) => [z(m[1]), e(` column: new ${m[2]} + carried over ${m[3]} ≠ handled ${m[4]} + carried forward ${m[5]}`)]],
  [/^(.+?)列 各项结果之和(\S+) ≠ 总计(\S+)$/, (m) => [z(m[1]), e(` column: outcomes add up to ${m[2]} ≠ total ${m[3]}`)]],
  [/^「(.+?)」各类申请人之和(\S+) ≠ 总计(\S+)$/, (m) => [z(`「${m[1]}」`), e(`: applicant columns add up to ${m[2]} ≠ total ${m[3]}`)]],
  [/^(.+?) 维持(\S+)\+纠正(\S+)\+其他(\S+)\+未审结(\S+) ≠ 总计(\S+)$/, (m) => [z(m[1]), e(`: upheld ${m[2]} + corrected ${m[3]} + other ${m[4]} + pending ${m[5]} ≠ total ${m[6]}`)]],
  [/^表三「(.+?)」整行$/, (m) => [e('table 3 '), z(`「${m[1]}」`), e(': the whole row')]],
  [/^表三「(.+?)」(.+)$/, (m) => [e('table 3 '), z(`「${m[1]}」`), e(': '), z(m[2])]],
  [/^表四(.+?)整组$/, (m) => [e('table 4 '), z(m[1]), e(': the whole group')]],
  [/^表([二四])(.+)$/, (m) => [e(`table ${m[1] === '二' ? 2 : 4} `), z(m[2])]],
];

const LISTS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^申请数不平衡：(.+)$/, () => 'Requests do not balance: '],
  [/^办理结果合计不符：(.+)$/, () => 'Outcomes do not add up: '],
  [/^申请人分列之和不符：(.+)$/, () => 'Applicant columns do not add up: '],
  [/^复议诉讼合计不符：(.+)$/, () => 'Review and lawsuit groups do not add up: '],
  [/^(\d+) 个单元格空白或未能读取：(.+)$/, (m) => `${m[1]} cells blank or unreadable: `],
];

const FIXED: Record<string, string> = {
  '申请数平衡：新收+上年结转 = 办结+结转下年度': 'Requests balance: new + carried over = handled + carried forward',
  办理结果之和等于总计: 'The outcomes add up to the total',
  每行各类申请人之和等于总计: 'In every row the applicant columns add up to the total',
  '复议、诉讼各组之和等于总计': 'Every review and lawsuit group adds up to its total',
  表二至表四所有单元格均有数值: 'Every cell of tables 2–4 has a value',
  '未核对：正文没有写明收到的申请数': 'Not checked: the text states no number of requests received',
  '未找到表二（主动公开政府信息情况）': 'Table 2 (proactive disclosure) not found',
  '未找到表三（收到和处理政府信息公开申请情况）': 'Table 3 (requests received and handled) not found',
  '未找到表四（行政复议、行政诉讼情况）': 'Table 4 (administrative reviews and lawsuits) not found',
  未能识别机关名称: 'The agency’s name was not recognised',
  未能识别报告年度: 'The year the report covers was not recognised',
  '报告中没有表二至表四：不按任何表格版本读取': 'The report has none of tables 2–4: it follows no table format',
  '表三只有「自然人」「法人或其他组织」「总计」三列，法人或其他组织未分项：商业企业等五列未填':
    'Table 3 has three columns only — natural persons, legal persons and other organisations (not split), total: the five legal-person columns are left blank',
};

/** What went wrong in a table row (describeProblem), after its `where：`. */
const PROBLEM_RULES: Rule[] = [
  [/^(\d+) 个数字多于 (\d+) 个单元格，只保留前 \d+ 个$/, (m) => [e(`${m[1]} numbers for ${m[2]} cells; the first ${m[2]} kept`)]],
  [/^(\d+) 个数字多于表头的 (\d+) 列，无法确定各数字所在的列，整行记为空白$/, (m) => [e(`${m[1]} numbers for the heading’s ${m[2]} columns; which column each stands in cannot be told, so the whole row is left blank`)]],
  [/^分在几行的 (\d+) 个数字多于 (\d+) 个单元格，无法确定哪些属于这一行，整行记为空白$/, (m) => [e(`${m[1]} numbers over several lines for ${m[2]} cells; which are this row’s cannot be told, so the whole row is left blank`)]],
  [/^数字印在表头之前，无法确定对应的单元格，整组记为空白$/, () => [e('the numbers are printed before the column headings, so their cells cannot be told; all left blank')]],
  [/^只有 (\d+) 个数字，对应 (\d+) 个单元格，无法确定空白位置，整行记为空白$/, (m) => [e(`only ${m[1]} numbers for ${m[2]} cells; where the blanks are cannot be told, so the whole row is left blank`)]],
  [/^单元格「(.*)」不是数字，记为空白$/, (m) => [e('cell '), z(`「${m[1]}」`), e(' is not a number; left blank')]],
  [/^连在一起的数字「(.*)」有 (\d+) 种读法，表格的加总关系无法确定，未填$/, (m) => [e('the run-together digits '), z(`「${m[1]}」`), e(` have ${m[2]} readings the table’s sums cannot decide between; left blank`)]],
  [/^连在一起的数字「(.*)」无法分成 (\d+) 个单元格，整行记为空白$/, (m) => [e('the run-together digits '), z(`「${m[1]}」`), e(` cannot be split into ${m[2]} cells; the whole row is left blank`)]],
  [/^连在一起的数字「(.*)」分成 (\d+) 个单元格的读法都不合表格的加总关系，整行记为空白$/, (m) => [e('no way of splitting the run-together digits '), z(`「${m[1]}」`), e(` into ${m[2]} cells adds up as the table requires; the whole row is left blank`)]],
  [/^连在一起的数字「(.*)」读法过多，整行记为空白$/, (m) => [e('the run-together digits '), z(`「${m[1]}」`), e(' have too many readings; the whole row is left blank')]],
];

const TABLE_NO: Record<string, number> = { 二: 2, 三: 3, 四: 4 };

const RULES: Rule[] = [
  [/^未核对：表三新收申请总计空白（正文为 (\S+)）$/, (m) => [e(`Not checked: table 3’s total of new requests is blank (the text says ${m[1]})`)]],
  [/^正文与表三一致：收到申请 (\S+) 件$/, (m) => [e(`The text and table 3 agree: ${m[1]} requests received`)]],
  [/^正文与表三不一致：正文称收到申请 (\S+) 件，表三新收申请总计 (\S+)$/, (m) => [e(`The text and table 3 disagree: the text says ${m[1]} requests received, table 3’s total of new requests is ${m[2]}`)]],
  [/^机关名称取自正文，标题和落款未给出：(.+)$/, (m) => [e('Agency name taken from the text; neither title nor signature gives it: '), z(m[1])]],
  [/^机关名称仅取自标题，未含地名：(.+)$/, (m) => [e('Agency name only from the title, with no place name: '), z(m[1])]],
  [/^表格为图片，未能读取（(\d+) 张图片）$/, (m) => [e(`The tables are pictures and could not be read (${m[1]} images)`)]],
  [/^PDF 第 (\d+) 页表格行「(.*)」的数字与表格的列不齐，未读取$/, (m) => [e(`PDF page ${m[1]}: the numbers of table row `), z(`「${m[2]}」`), e(' do not line up with the table’s columns; not read')]],
  [/^PDF 第 (\d+) 页表格中一行的数字与表格的列不齐，未读取$/, (m) => [e(`PDF page ${m[1]}: the numbers of a table row do not line up with the table’s columns; not read`)]],
  [/^PDF 共 (\d+) 页，只读取了前 (\d+) 页$/, (m) => [e(`The PDF has ${m[1]} pages; only the first ${m[2]} were read`)]],
  [/^表二未找到：(.+)决定数取自正文$/, (m) => [e('Table 2 not found: the decisions of '), z(m[1]), e(' are taken from the text')]],
  [/^表二「(.+?)」行不属于 (\d+) 年版表格，未读取$/, (m) => [e('Table 2 row '), z(`「${m[1]}」`), e(` is not part of the ${m[2]} format; not read`)]],
  [/^表三含有 (\d+) 年版表格没有的行（(.+)），未读取$/, (m) => [e(`Table 3 has rows the ${m[1]} format does not (`), z(m[2]), e('); not read')]],
  [
    /^表([二三四])((?:「[^」]+」)+)：这几行的标签和数字分开印出，无法确定哪个数字属于哪一行，未填$/,
    (m) => [e(`Table ${TABLE_NO[m[1]]} rows `), z(m[2]), e(': their labels and numbers are printed apart, so which number belongs to which row cannot be told; left blank')],
  ],
  [
    /^表([二三四])(?:「(.+?)」行|数据行)：(.+)$/,
    (m) => {
      const problem = first(PROBLEM_RULES, m[3]);
      if (!problem) return null;
      const where = m[2] ? [e(`Table ${TABLE_NO[m[1]]} row `), z(`「${m[2]}」`)] : [e(`Table ${TABLE_NO[m[1]]} data row`)];
      return [...where, e(': '), ...problem];
    },
  ],
];

function first(rules: Rule[], text: string): Parts | null {
  for (const [re, out] of rules) {
    const m = re.exec(text);
    if (m) {
      const parts = out(m);
      if (parts) return parts;
    }
  }
  return null;
}

function english(note: string): Parts | null {
  let text = note;
  let suffix: Parts = [];
  const skipped = /（(\d+) ([列行组])因空白未核对）$/.exec(text);
  if (skipped) {
    text = text.slice(0, skipped.index);
    suffix = [e(` (${skipped[1]} ${UNITS[skipped[2]]} not checked: blank)`)];
  }
  if (FIXED[text]) return [e(FIXED[text]), ...suffix];
  for (const [re, head] of LISTS) {
    const m = re.exec(text);
    if (!m) continue;
    const items = m[m.length - 1].split('；').map((item) => first(ITEM_RULES, item));
    if (items.some((i) => !i)) return null;
    return [e(head(m)), ...items.flatMap((i, k) => (k ? [e('; '), ...i!] : i!)), ...suffix];
  }
  const parts = first(RULES, text);
  return parts ? [...parts, ...suffix] : null;
}

export function calcNoteParts(note: string, lang: Lang): NotePart[] {
  if (lang === 'zh') return [{ text: note }];
  return english(note) ?? [{ text: note, zh: true, unknown: true }];
}
