/**
 * Tables 2–4 of a segmented report, with the template they follow. A table that
 * cannot be found leaves its cells `null` and says so in the warnings. A count
 * cell that holds no count (-5, 1370.5) is `null` with a warning (flagNonCounts).
 */
import { detectTemplate } from './detectTemplate';
import { flagNonCounts } from './flagNonCounts';
import { locateTables } from './locateTables';
import { parseTable2 } from './parseTable2';
import { parseTable3, readTable3, type Table3Read } from './parseTable3';
import { parseTable4 } from './parseTable4';
import { readEnforcementProse } from './readEnforcementProse';
import type { ReadState } from './readState';
import { emptyActive, emptyApplications } from './schema';
import type { Section } from './segmentReport';
import type { TextDocument } from './textDocument';
import type { Applications, Report } from './types';

/** Warning of a report without tables 2–4 (no template). */
export const NO_TABLES = '报告中没有表二至表四：不按任何表格版本读取';

/** Words only the tables print: a text holding them has tables, found or not. */
const TABLE_WORDS = /本年新收政府信息公开申请数量|本年制发件数|本年新制作数量|本年处理决定数量|结果维持|尚未审结|上一年项目数量/;

export type Tables = Pick<Report, 'template' | 'table2Template' | 'active' | 'applications' | 'review' | 'litigationDirect' | 'litigationAfterReview'>;

export interface TablesRead {
  tables: Tables;
  /** How many of tables 2, 3, 4 were found at all. */
  found: number;
}

export function readTables(doc: TextDocument, sections: Section[], year: number | null, state: ReadState): TablesRead {
  const spans = locateTables(doc, sections);
  const slice = (s: { start: number; end: number } | null) => (s ? doc.lines.slice(s.start, s.end) : []);
  const t3: Table3Read = spans.table3
    ? readTable3(slice(spans.table3))
    : { rows: new Map(), has2021Rows: false, has2019Row: false, apart: [], threeColumns: false };
  const t2Lines = slice(spans.table2);
  const found = [spans.table2, t3.rows.size ? spans.table3 : null, spans.table4].filter(Boolean).length;
  const fromProse = spans.table2 ? {} : readEnforcementProse(doc, state);
  const decision = detectTemplate({
    table2Text: t2Lines.map((l) => l.text).join('\n'),
    table3Has2021Rows: t3.has2021Rows,
    table3Has2019Row: t3.has2019Row,
    year,
    hasTables: found > 0 || Object.keys(fromProse).length > 0 || doc.lines.some((l) => TABLE_WORDS.test(l.text)),
  });
  const t4 = parseTable4(slice(spans.table4), state);
  // No tables: no template, and no table 2 or 3 cells to leave blank (table 4 is the same in both templates).
  if (decision.template === null) {
    state.warnings.push(NO_TABLES);
    return { tables: { template: null, active: {}, applications: {} as Applications, ...t4 }, found };
  }
  const { template, table2Template } = decision;

  if (!spans.table2) state.warnings.push('未找到表二（主动公开政府信息情况）');
  if (!spans.table3 || !t3.rows.size) state.warnings.push('未找到表三（收到和处理政府信息公开申请情况）');
  if (!spans.table4) state.warnings.push('未找到表四（行政复议、行政诉讼情况）');

  const active = spans.table2 ? parseTable2(t2Lines, table2Template, state) : emptyActive(template);
  for (const [kind, value] of Object.entries(fromProse)) active[kind].decisions = value;
  const applications = t3.rows.size ? parseTable3(t3, template, state) : emptyApplications(template);
  const tables: Tables = {
    template,
    ...(spans.table2 && table2Template !== template ? { table2Template } : {}),
    active: active as unknown as Report['active'],
    applications,
    ...t4,
  };
  flagNonCounts(tables, state);
  return {
    tables,
    found,
  };
}
