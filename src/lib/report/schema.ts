/**
 * The national template as data: which rows and cells each table has, in the
 * 2019 and 2021 versions, with their official labels. The parser, the checks,
 * the synthetic renderer and the validator all read these lists, so a key is
 * spelled in exactly one place.
 */
import {
  APPLICANT_COLUMNS,
  TABLE4_COLUMNS,
  type ApplicantRow,
  type Applications,
  type Cell,
  type Table4Group,
  type Template,
} from './types';

export const TEMPLATES: readonly Template[] = ['2019', '2021'];

export interface Table2Row {
  /** Key under `active`, e.g. `licensing`. */
  key: string;
  /** Official row label, e.g. `行政许可`. */
  label: string;
  /** Cell keys in column order, e.g. `['previousItems','itemChange','decisions']`. */
  fields: readonly string[];
}

export interface Table2Block {
  /** 第二十条第（X）项 */
  item: string;
  /** Official column headers, after 信息内容. */
  headers: readonly string[];
  rows: readonly Table2Row[];
}

const DOC_FIELDS_2021 = ['issued', 'repealed', 'inForce'] as const;
const DOC_FIELDS_2019 = ['newlyMade', 'newlyPublished', 'totalPublic'] as const;
const ITEM_FIELDS_2019 = ['previousItems', 'itemChange', 'decisions'] as const;

export const TABLE2: Record<Template, readonly Table2Block[]> = {
  '2021': [
    {
      item: '（一）',
      headers: ['本年制发件数', '本年废止件数', '现行有效件数'],
      rows: [
        { key: 'regulations', label: '规章', fields: DOC_FIELDS_2021 },
        { key: 'normativeDocuments', label: '行政规范性文件', fields: DOC_FIELDS_2021 },
      ],
    },
    { item: '（五）', headers: ['本年处理决定数量'], rows: [{ key: 'licensing', label: '行政许可', fields: ['decisions'] }] },
    {
      item: '（六）',
      headers: ['本年处理决定数量'],
      rows: [
        { key: 'penalty', label: '行政处罚', fields: ['decisions'] },
        { key: 'coercion', label: '行政强制', fields: ['decisions'] },
      ],
    },
    {
      item: '（八）',
      headers: ['本年收费金额（单位：万元）'],
      rows: [{ key: 'fees', label: '行政事业性收费', fields: ['amountWanYuan'] }],
    },
  ],
  '2019': [
    {
      item: '（一）',
      headers: ['本年新制作数量', '本年新公开数量', '对外公开总数量'],
      rows: [
        { key: 'regulations', label: '规章', fields: DOC_FIELDS_2019 },
        { key: 'normativeDocuments', label: '规范性文件', fields: DOC_FIELDS_2019 },
      ],
    },
    {
      item: '（五）',
      headers: ['上一年项目数量', '本年增/减', '处理决定数量'],
      rows: [
        { key: 'licensing', label: '行政许可', fields: ITEM_FIELDS_2019 },
        { key: 'otherServices', label: '其他对外管理服务事项', fields: ITEM_FIELDS_2019 },
      ],
    },
    {
      item: '（六）',
      headers: ['上一年项目数量', '本年增/减', '处理决定数量'],
      rows: [
        { key: 'penalty', label: '行政处罚', fields: ITEM_FIELDS_2019 },
        { key: 'coercion', label: '行政强制', fields: ITEM_FIELDS_2019 },
      ],
    },
    {
      item: '（八）',
      headers: ['上一年项目数量', '本年增/减'],
      rows: [{ key: 'fees', label: '行政事业性收费', fields: ['previousItems', 'itemChange'] }],
    },
    {
      item: '（九）',
      headers: ['采购项目数量', '采购总金额'],
      rows: [{ key: 'procurement', label: '政府集中采购', fields: ['projects', 'amountWanYuan'] }],
    },
  ],
};

export interface Table3Row {
  /** Dot path under `applications`, e.g. `denied.internalAffairs`. */
  key: string;
  /** Group heading for rows of 三、本年度办理结果, e.g. `（三）不予公开`. */
  group: string | null;
  /** Official row label. */
  label: string;
}

const DENIED: Table3Row[] = [
  ['stateSecret', '1.属于国家秘密'],
  ['lawForbidden', '2.其他法律行政法规禁止公开'],
  ['safetyStability', '3.危及“三安全一稳定”'],
  ['thirdPartyRights', '4.保护第三方合法权益'],
  ['internalAffairs', '5.属于三类内部事务信息'],
  ['processInfo', '6.属于四类过程性信息'],
  ['enforcementFile', '7.属于行政执法案卷'],
  ['queryMatter', '8.属于行政查询事项'],
].map(([k, label]) => ({ key: `denied.${k}`, group: '（三）不予公开', label }));

const UNABLE: Table3Row[] = [
  ['notHeld', '1.本机关不掌握相关政府信息'],
  ['needsCreation', '2.没有现成信息需要另行制作'],
  ['unclear', '3.补正后申请内容仍不明确'],
].map(([k, label]) => ({ key: `unableToProvide.${k}`, group: '（四）无法提供', label }));

const NOT_PROCESSED: Table3Row[] = [
  ['complaint', '1.信访举报投诉类申请'],
  ['duplicate', '2.重复申请'],
  ['publication', '3.要求提供公开出版物'],
  ['massRepeated', '4.无正当理由大量反复申请'],
  ['confirmation', '5.要求行政机关确认或重新出具已获取信息'],
].map(([k, label]) => ({ key: `notProcessed.${k}`, group: '（五）不予处理', label }));

const OTHER_2021: Table3Row[] = [
  ['overdueCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  ['overdueFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  ['other', '3.其他'],
].map(([k, label]) => ({ key: `otherDisposal.${k}`, group: '（六）其他处理', label }));

const HEAD: Table3Row[] = [
  { key: 'newReceived', group: null, label: '一、本年新收政府信息公开申请数量' },
  { key: 'carriedOver', group: null, label: '二、上年结转政府信息公开申请数量' },
  { key: 'granted', group: '三、本年度办理结果', label: '（一）予以公开' },
  { key: 'partiallyGranted', group: '三、本年度办理结果', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' },
];

const TAIL: Table3Row[] = [
  { key: 'total', group: '三、本年度办理结果', label: '（七）总计' },
  { key: 'carriedForward', group: null, label: '四、结转下年度继续办理' },
];

export const TABLE3: Record<Template, readonly Table3Row[]> = {
  '2021': [...HEAD, ...DENIED, ...UNABLE, ...NOT_PROCESSED, ...OTHER_2021, ...TAIL],
  '2019': [
    ...HEAD,
    ...DENIED,
    ...UNABLE,
    ...NOT_PROCESSED,
    { key: 'otherDisposal.all', group: null, label: '（六）其他处理' },
    ...TAIL,
  ],
};

export const TABLE3_COLUMN_LABELS: Record<(typeof APPLICANT_COLUMNS)[number], string> = {
  natural: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  social: '社会公益组织',
  legal: '法律服务机构',
  other: '其他',
  total: '总计',
};

export const TABLE4_GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
export type Table4GroupKey = (typeof TABLE4_GROUPS)[number];

export const TABLE4_GROUP_LABELS: Record<Table4GroupKey, string> = {
  review: '行政复议',
  litigationDirect: '未经复议直接起诉',
  litigationAfterReview: '复议后起诉',
};

export const TABLE4_COLUMN_LABELS: Record<(typeof TABLE4_COLUMNS)[number], string> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};

export function emptyApplicantRow(): ApplicantRow {
  return { natural: null, commercial: null, research: null, social: null, legal: null, other: null, total: null };
}

const EMPTY_TABLE4_GROUP = Object.fromEntries(TABLE4_COLUMNS.map((c) => [c, null])) as Table4Group;

export function emptyTable4Group(): Table4Group {
  return { ...EMPTY_TABLE4_GROUP };
}

/** Each template's table 2 rows as [key, row with every field null], made once: a report's rows are copies. */
const emptyActiveRows = new Map<Template, [string, Record<string, Cell>][]>();

/** Table 2 of a template with every cell `null`. */
export function emptyActive(template: Template): Record<string, Record<string, Cell>> {
  let rows = emptyActiveRows.get(template);
  if (!rows) {
    rows = TABLE2[template].flatMap((block) => block.rows.map((row): [string, Record<string, Cell>] => [row.key, Object.fromEntries(row.fields.map((f) => [f, null]))]));
    emptyActiveRows.set(template, rows);
  }
  const active: Record<string, Record<string, Cell>> = {};
  for (const [key, empty] of rows) active[key] = { ...empty };
  return active;
}

/** Table 3 of a template with every cell `null`. */
export function emptyApplications(template: Template): Applications {
  const apps: Record<string, unknown> = {};
  for (const row of TABLE3[template]) setPath(apps, row.key, emptyApplicantRow());
  return apps as unknown as Applications;
}

/** Every numeric cell path of tables 2–4 for a template, in table order. */
/** Every cell path of a template's tables; with no template (a report without tables), table 4's only: it is the same in both. */
export function cellPaths(template: Template | null, table2Template: Template | null = template): string[] {
  const paths: string[] = [];
  for (const block of table2Template ? TABLE2[table2Template] : [])
    for (const row of block.rows) for (const f of row.fields) paths.push(`active.${row.key}.${f}`);
  for (const row of template ? TABLE3[template] : [])
    for (const c of APPLICANT_COLUMNS) paths.push(`applications.${row.key}.${c}`);
  for (const g of TABLE4_GROUPS) for (const c of TABLE4_COLUMNS) paths.push(`${g}.${c}`);
  return paths;
}

/** Every numeric cell path of a report: table 2 follows its own headers where they differ from table 3's template. */
export function reportCellPaths(r: { template: Template | null; table2Template?: Template }): string[] {
  return cellPaths(r.template, r.table2Template ?? r.template);
}

export function getPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  let parts = splitPaths.get(path);
  if (!parts) splitPaths.set(path, (parts = path.split('.')));
  for (const part of parts) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

const splitPaths = new Map<string, string[]>();

export function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  let parts = splitPaths.get(path);
  if (!parts) splitPaths.set(path, (parts = path.split('.')));
  let cur = obj;
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i];
    if (typeof cur[part] !== 'object' || cur[part] === null) cur[part] = {};
    cur = cur[part] as Record<string, unknown>;
  }
  cur[parts[parts.length - 1]] = value;
}
