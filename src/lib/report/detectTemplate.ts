/**
 * 2019 or 2021 template, decided from the table headers (never from the year
 * alone): table 2's column headers first, table 3's 其他处理 rows second.
 * A report without tables follows no template: null, not a default.
 */
import type { Template } from './types';
import { withoutSpaces } from './withoutSpaces';

const MARKERS_2021 = /本年制发件数|本年废止件数|现行有效件数|本年收费金额/g;
const MARKERS_2019 = /本年新制作数量|本年新公开数量|对外公开总数|上一年项目数量|本年增\/?减|采购项目数量|采购总金额|政府集中采购|其他对外管理服务事项/g;

export interface TemplateEvidence {
  table2Text: string;
  /** Table 3 had the three 2021 sub-rows of (六) 其他处理. */
  table3Has2021Rows: boolean;
  /** Table 3 had (六) 其他处理 as one row with values. */
  table3Has2019Row: boolean;
  year: number | null;
  /** Any of tables 2–4 was found, or their headers appear, or table 2's figures are given in prose. */
  hasTables: boolean;
}

export type TemplateDecision =
  | { template: Template; table2Template: Template; basis: string }
  | { template: null; table2Template: null; basis: 'no tables' };

export function detectTemplate(e: TemplateEvidence): TemplateDecision {
  if (!e.hasTables) return { template: null, table2Template: null, basis: 'no tables' };
  const text = withoutSpaces(e.table2Text);
  const n2021 = text.match(MARKERS_2021)?.length ?? 0;
  const n2019 = text.match(MARKERS_2019)?.length ?? 0;
  const byTable2: Template | null = n2021 !== n2019 ? (n2021 > n2019 ? '2021' : '2019') : null;
  const byTable3: Template | null = e.table3Has2021Rows !== e.table3Has2019Row ? (e.table3Has2021Rows ? '2021' : '2019') : null;
  // A 2021 report whose table 3 prints the single （六）其他处理 row of 2019 (淮安's WPS exports): still 2021;
  // parseTable3 keeps that row as otherDisposal.all.
  if (byTable2 === '2021' && byTable3 === '2019')
    return { template: '2021', table2Template: '2021', basis: 'table 2 headers (table 3 has the single 2019 其他处理 row)' };
  // A report mixing both (2019 table 2 headers over 2021 table 3 rows): table 3 names the template, table 2 keeps its own.
  if (byTable2 && byTable3 && byTable2 !== byTable3) return { template: byTable3, table2Template: byTable2, basis: 'table 3 rows (table 2 has the other headers)' };
  if (byTable2) return { template: byTable2, table2Template: byTable2, basis: 'table 2 headers' };
  if (byTable3) return { template: byTable3, table2Template: byTable3, basis: 'table 3 rows' };
  if (e.year !== null) {
    const template: Template = e.year >= 2021 ? '2021' : '2019';
    return { template, table2Template: template, basis: 'year (no table headers found)' };
  }
  return { template: '2021', table2Template: '2021', basis: 'default (no table headers or year found)' };
}
