/**
 * The 2019 ↔ 2021 template mapping: one table saying, for each concept both national templates
 * report, where each template keeps it and why the two are the same figure. The report JSON stays
 * faithful to its template; the dataset build reads these rows to give one series across the
 * change. Concepts that only look alike are listed in `NOT_COMPARABLE` and never joined.
 *
 * A row's `key` is its catalogue key: the report path itself where both templates use the same
 * path (table 3, table 4, 处理决定数量), `series.<…>` where the paths differ. Table-3 rows stand
 * for their seven applicant columns (`<key>.<column>`).
 */
import type { Label } from '../../data/types';
import { TABLE3, TABLE4_GROUPS } from '../../report/schema';
import { TABLE4_COLUMNS, type Template } from '../../report/types';
import { TABLE3_ROW_LABELS, TABLE4_COLUMN_LABELS, TABLE4_GROUP_LABELS } from './metricLabels';

export type SeriesSource =
  /** One cell (path into the report JSON; a table-3 row path takes the column). */
  | { kind: 'cell'; path: string }
  /** The single printed row where the report prints only that one, else the sum of the sub-rows; a blank sub-row blanks the sum. */
  | { kind: 'sum'; paths: string[]; single: string }
  /** A rate computed from harmonised rows (./derivedMetrics.ts). */
  | { kind: 'derived' };

export interface HarmonisationRow {
  key: string;
  /** Table 2, 3 or 4, or a derived rate. */
  table: 2 | 3 | 4 | 'derived';
  /** The concept, as the tool names it. */
  label: Label;
  /** A table-3 row: the key stands for its seven applicant columns. */
  perColumn?: true;
  from: Record<Template, SeriesSource>;
  /** Why the two templates' figures are one series. */
  reason: Label;
}

export interface NotComparable {
  /** Catalogue keys of the two look-alikes. */
  key2019: string;
  key2021: string;
  label: Label;
  /** Why they must stay apart. */
  reason: Label;
}

const cell = (path: string): SeriesSource => ({ kind: 'cell', path });
const same = (path: string): Record<Template, SeriesSource> => ({ '2019': cell(path), '2021': cell(path) });

const SAME_ROW_REASON: Label = {
  zh: '两版表三这一行的名称、口径和七个申请人栏目相同。',
  en: 'Both templates print this table-3 row with the same wording, scope and seven applicant columns.',
};

const DOCS: [string, Label][] = [
  ['regulations', { zh: '规章', en: 'Regulations' }],
  ['normativeDocuments', { zh: '规范性文件', en: 'Normative documents' }],
];

const ISSUED: HarmonisationRow[] = DOCS.map(([row, name]) => ({
  key: `series.${row}.issued`,
  table: 2,
  label: { zh: `${name.zh}·本年制发（两版合并）`, en: `${name.en}: issued this year (both templates)` },
  from: { '2019': cell(`active.${row}.newlyMade`), '2021': cell(`active.${row}.issued`) },
  reason: {
    zh: '2019 年版“本年新制作数量”与 2021 年版“本年制发件数”都是本年度新制定并印发的件数，只是改了说法。',
    en: "The 2019 template's 本年新制作数量 (newly made) and the 2021 template's 本年制发件数 (issued) both count the documents drawn up and issued in the year; only the wording changed.",
  },
}));

const DECISIONS: HarmonisationRow[] = (
  [
    ['licensing', { zh: '行政许可', en: 'Administrative licensing' }],
    ['penalty', { zh: '行政处罚', en: 'Administrative penalties' }],
    ['coercion', { zh: '行政强制', en: 'Administrative coercion' }],
  ] as [string, Label][]
).map(([row, name]) => ({
  key: `active.${row}.decisions`,
  table: 2,
  label: { zh: `${name.zh}·处理决定数量`, en: `${name.en}: decisions` },
  from: same(`active.${row}.decisions`),
  reason: {
    zh: '两版都有“处理决定数量”（2021 年版称“本年处理决定数量”），都是本年作出的决定件数；2019 年版另有的项目数量两栏不在此列。',
    en: 'Both templates count the decisions made in the year (处理决定数量; 本年处理决定数量 in 2021). The 2019 columns on numbers of items are not part of this series.',
  },
}));

const OTHER_SUBROWS = ['overdueCorrection', 'overdueFee', 'other'].map((k) => `applications.otherDisposal.${k}`);

const TABLE3_ROWS: HarmonisationRow[] = TABLE3['2021']
  .filter((r) => !r.key.startsWith('otherDisposal.') || r.key === 'otherDisposal.overdueCorrection')
  .map((r): HarmonisationRow => {
    if (r.key === 'otherDisposal.overdueCorrection')
      return {
        key: 'series.otherDisposal',
        table: 3,
        perColumn: true,
        label: { zh: '其他处理（两版合并）', en: 'Other disposal (both templates)' },
        from: {
          '2019': cell('applications.otherDisposal.all'),
          '2021': { kind: 'sum', paths: OTHER_SUBROWS, single: 'applications.otherDisposal.all' },
        },
        reason: {
          zh: '2019 年版只有一行“（六）其他处理”；2021 年版把它分为逾期不补正、逾期未缴费、其他三行，三行之和即原来的一行。2021 年版报告只印一行“（六）”的，取这一行。三行中有一格空白，和就是空白，不拿部分之和当总数。',
          en: "The 2019 template has one row （六）其他处理; the 2021 template splits it into three (no correction in time, fee not paid in time, other), whose sum is the old row. A 2021 report that prints a single （六） row gives that row. If any of the three is blank the sum is blank: a partial sum is never passed off as the total.",
        },
      };
    return { key: `applications.${r.key}`, table: 3, perColumn: true, label: TABLE3_ROW_LABELS[r.key], from: same(`applications.${r.key}`), reason: SAME_ROW_REASON };
  });

const TABLE4_CELLS: HarmonisationRow[] = TABLE4_GROUPS.flatMap((g) =>
  TABLE4_COLUMNS.map((c): HarmonisationRow => ({
    key: `${g}.${c}`,
    table: 4,
    label: { zh: `${TABLE4_GROUP_LABELS[g].zh}·${TABLE4_COLUMN_LABELS[c].zh}`, en: `${TABLE4_GROUP_LABELS[g].en}: ${TABLE4_COLUMN_LABELS[c].en}` },
    from: same(`${g}.${c}`),
    reason: {
      zh: '表四两版完全相同：行政复议、未经复议直接起诉、复议后起诉，各分结果维持、结果纠正、其他结果、尚未审结、总计。',
      en: 'Table 4 is the same in both templates: review, lawsuits without review and after review, each by upheld, corrected, other result, pending and total.',
    },
  })),
);

const DERIVED_REASON: Label = {
  zh: '由两版相同的表三、表四各行计算，公式不变。',
  en: 'Computed from table-3 and table-4 rows that are the same in both templates, with one formula.',
};

const DERIVED: HarmonisationRow[] = [
  {
    key: 'derived.applicationsReceived',
    table: 'derived',
    label: { zh: '新收申请（表三；空白时取正文）', en: 'New requests (table 3, else prose)' },
    from: { '2019': { kind: 'derived' }, '2021': { kind: 'derived' } },
    reason: {
      zh: '表三“本年新收”一行两版相同；正文所写的收到申请数与表格版本无关。表中该格有数时一律取表中数。',
      en: "Table 3's row of new requests is the same in both templates, and the prose figure does not depend on the template. Where the table has the number, the table's is used.",
    },
  },
  ...(
  [
    ['derived.grantedShare', { zh: '公开率', en: 'Share granted' }],
    ['derived.deniedShare', { zh: '不予公开率', en: 'Denial share' }],
    ['derived.reviewCorrectionRate', { zh: '行政复议纠错率', en: 'Review correction rate' }],
    ['derived.litigationCorrectionRate', { zh: '行政诉讼纠错率', en: 'Lawsuit correction rate' }],
  ] as [string, Label][]
).map(([key, label]): HarmonisationRow => ({ key, table: 'derived', label, from: { '2019': { kind: 'derived' }, '2021': { kind: 'derived' } }, reason: DERIVED_REASON })),
];

export const HARMONISATION: readonly HarmonisationRow[] = [...ISSUED, ...DECISIONS, ...TABLE3_ROWS, ...TABLE4_CELLS, ...DERIVED];

export const NOT_COMPARABLE: readonly NotComparable[] = [
  ...DOCS.map(([row, name]): NotComparable => ({
    key2019: `active.${row}.totalPublic`,
    key2021: `active.${row}.inForce`,
    label: { zh: `${name.zh}：对外公开总数量 ≠ 现行有效件数`, en: `${name.en}: total public ≠ in force` },
    reason: {
      zh: '“对外公开总数量”是历年公开过的文件总数（含已废止的），“现行有效件数”只算仍然有效的；两者不是同一个数。',
      en: '对外公开总数量 counts every document ever made public, repealed ones included; 现行有效件数 counts only those still in force. They are different numbers.',
    },
  })),
  ...(['previousItems', 'itemChange'] as const).map((field): NotComparable => ({
    key2019: `active.fees.${field}`,
    key2021: 'active.fees.amountWanYuan',
    label: { zh: `行政事业性收费：2019 年版${field === 'previousItems' ? '上一年项目数量' : '本年增/减'} ≠ 2021 年版本年收费金额`, en: `Fees: 2019 ${field === 'previousItems' ? 'items last year' : 'change in items'} ≠ 2021 amount collected` },
    reason: {
      zh: '2019 年版数的是收费项目的个数，2021 年版填的是收费金额（万元）：单位不同，不能连成一条线。',
      en: 'The 2019 template counts fee items; the 2021 template gives the amount collected in 万元 (10,000 yuan). Different units: never one line.',
    },
  })),
  ...DOCS.map(([row, name]): NotComparable => ({
    key2019: `active.${row}.newlyPublished`,
    key2021: `active.${row}.repealed`,
    label: { zh: `${name.zh}：本年新公开数量 ≠ 本年废止件数`, en: `${name.en}: newly published ≠ repealed` },
    reason: {
      zh: '两栏在表中位置相同，意思完全不同：一个是新公开的件数，一个是废止的件数。各自只在本版年份显示。',
      en: 'The two columns sit in the same place of the table but mean different things: documents newly published versus documents repealed. Each is shown for its own template only.',
    },
  })),
  ...OTHER_SUBROWS.map((path): NotComparable => ({
    key2019: 'applications.otherDisposal.all.total',
    key2021: `${path}.total`,
    label: { zh: `其他处理：2019 年版整行 ≠ 2021 年版${TABLE3_ROW_LABELS[path.slice('applications.'.length)].zh}`, en: `Other disposal: the 2019 row ≠ 2021 ${TABLE3_ROW_LABELS[path.slice('applications.'.length)].en}` },
    reason: {
      zh: '2021 年版的任何一个分行都只是 2019 年版那一行的一部分；只有三行之和（见上）才与之可比。',
      en: 'Each 2021 sub-row is only a part of the 2019 row; only their sum (above) compares with it.',
    },
  })),
];

/** Harmonisation rows by catalogue key (table-3 rows by their row key, without the column). */
export const HARMONISATION_BY_KEY: ReadonlyMap<string, HarmonisationRow> = new Map(HARMONISATION.map((r) => [r.key, r]));
