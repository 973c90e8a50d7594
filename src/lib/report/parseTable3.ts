/** Table 3 (收到和处理政府信息公开申请情况) → `applications`, rows matched by meaning. */
import { cleanLabel, collectRows, matchLabel, matchRow } from './collectRows';
import { describeApart, describeProblem } from './describeProblem';
import { table3RowName } from './rowNames';
import { placeCells, type Grid, type PlacedCell, type Placement } from './placeCells';
import { readCell } from './readCell';
import type { ReadState } from './readState';
import { emptyApplications, setPath, TABLE3 } from './schema';
import { evidenceOf, type TextLine } from './textDocument';
import { APPLICANT_COLUMNS, type Applications, type Template } from './types';
import { lineOfCell, splitRow, type RowCells } from './splitRow';
import { sumsToLast, type Block } from './solve/readDigitRun';
import { solveTable3Columns } from './solve/solveTable3Columns';
import { withPlacement } from './withPlacement';
import { withoutSpaces } from './withoutSpaces';

const ROW_PATTERNS = [
  ['newReceived', /本年新收|新收.{0,6}申请/],
  ['carriedOver', /上年结转/],
  ['granted', /(?<!不)予以公开/],
  ['partiallyGranted', /部分公开/],
  ['denied.stateSecret', /国家(?:秘密|机密)/],
  ['denied.lawForbidden', /法律行政法规禁|其他法律.{0,4}法规|其他法律行政止公开/], // 止公开: a typo two published reports share
  ['denied.safetyStability', /三安全一稳定|危及/],
  ['denied.thirdPartyRights', /第三方/],
  ['denied.internalAffairs', /内部事务/],
  ['denied.processInfo', /过程性/],
  ['denied.enforcementFile', /执法案[卷件]/],
  ['denied.queryMatter', /查询事项/],
  ['unableToProvide.notHeld', /不掌握/],
  ['unableToProvide.needsCreation', /另行制作|没有现成/],
  ['unableToProvide.unclear', /仍不明确|补正后申请/],
  ['notProcessed.complaint', /信访|举报投诉/],
  ['notProcessed.duplicate', /重复申请/],
  ['notProcessed.publication', /出版物/],
  ['notProcessed.massRepeated', /大量反复/],
  ['notProcessed.confirmation', /重新出具|确认或重新/],
  ['otherDisposal.overdueCorrection', /逾期不补正/],
  ['otherDisposal.overdueFee', /缴纳费用|收费通知/],
  ['otherDisposal.other', /(?:^|[\d.、)])其他$/],
  ['otherDisposal.all', /其他处理$/],
  ['total', /总计$/],
  ['carriedForward', /结转下年度|下年度继续/],
] as const;

type RowKey = (typeof ROW_PATTERNS)[number][0];

export interface Table3Read {
  rows: Map<RowKey, { row: RowCells; placement: Placement }>;
  has2021Rows: boolean;
  has2019Row: boolean;
  /** Rows whose labels were printed apart from their numbers (collectRows' `apart`): left blank, warned. */
  apart: string[][];
  /**
   * The table has three value columns only — 自然人, 法人或其他组织 (not split), 总计 — as some
   * agencies print it: each row's first number is 自然人, its last 总计, the legal persons' five
   * columns stay blank (their sum has no place of its own).
   */
  threeColumns: boolean;
}

const N = APPLICANT_COLUMNS.length;
/** Run-together rows: seven counts whose first six sum to 总计. */
const ROW_BLOCKS: Block[] = [{ kinds: Array(N).fill('count'), holds: sumsToLast }];

const cellPathCache = new Map<string, string[]>();

/** Each template's table 3 row keys. */
const TEMPLATE_KEYS: Record<Template, ReadonlySet<string>> = {
  '2019': new Set(TABLE3['2019'].map((r) => r.key)),
  '2021': new Set(TABLE3['2021'].map((r) => r.key)),
};

/** `applications.<row>.<column>` for each column, built once per row key. */
function cellPathsOf(key: string): string[] {
  let paths = cellPathCache.get(key);
  if (!paths) cellPathCache.set(key, (paths = APPLICANT_COLUMNS.map((c) => `applications.${key}.${c}`)));
  return paths;
}

/** The value columns of a tab or pipe table 3, from the header row naming 自然人. */
function findGrid(lines: TextLine[]): Grid | undefined {
  for (const line of lines) {
    if (!/[\t|]/.test(line.text)) continue;
    if (/本年新收/.test(line.text)) return undefined;
    const { fields } = splitRow(line);
    const first = fields?.findIndex((f) => cleanLabel(f) === '自然人') ?? -1;
    if (fields && first >= 0) return { first, width: fields.length };
  }
  return undefined;
}

const SUB_COLUMNS = /商业|企业|科研|公益|法律服务|服务机构/;

/**
 * Whether the header (the lines before the first row) names 自然人 and 法人或其他组织 but none of
 * the legal persons' five columns (商业企业 … 法律服务机构), and no row has more than three numbers:
 * the table has three value columns, not seven. A header read in part (a converter that dropped
 * the second header row) is not taken for one: its rows still have up to seven numbers.
 */
function hasThreeColumns(lines: TextLine[], rows: Table3Read['rows']): boolean {
  let natural = false;
  for (const line of lines) {
    const compact = withoutSpaces(line.text);
    if (/本年新收/.test(compact)) break;
    if (SUB_COLUMNS.test(compact)) return false;
    if (compact.includes('自然人') && compact.includes('法人或其他组织')) natural = true;
  }
  if (!natural) return false;
  for (const { row } of rows.values()) if (numbersOf(row).length > 3) return false;
  return true;
}

/** A row's numbers as printed, in order (blank and text cells left out). */
function numbersOf(row: RowCells): PlacedCell[] {
  const out: PlacedCell[] = [];
  for (const cell of row.runTogether ? row.cells[0]?.trim().split(/\s+/) ?? [] : row.cells) {
    const c = readCell(cell);
    if (c.kind === 'number') out.push({ value: c.value, unit: c.unit });
  }
  return out;
}

/** A three-column row: 自然人 and 总计 when it prints all three numbers, else blank (which one is missing is unknown). */
function placeThreeColumns(row: RowCells): Placement {
  const numbers = numbersOf(row);
  const cells = Array<PlacedCell>(N).fill(null);
  if (numbers.length !== 3) return { cells, problem: numbers.length ? { kind: 'ambiguous', found: numbers.length } : null };
  cells[0] = numbers[0];
  cells[N - 1] = numbers[2];
  return { cells, problem: null };
}

/** A label that names a row of this table by itself. */
const namesRow = (label: string): boolean => matchLabel(label, ROW_PATTERNS) !== null;

/** First pass: which row is which, before the template is known. */
export function readTable3(lines: TextLine[]): Table3Read {
  const rows: Table3Read['rows'] = new Map();
  const apart: string[][] = [];
  const grid = findGrid(lines);
  let started = false;
  for (const logical of collectRows(lines, namesRow)) {
    const { row } = logical;
    if (logical.apart && started && row.cells.length > N) {
      // Labels printed apart from their numbers: none of their rows gets these numbers.
      apart.push(logical.apart);
      continue;
    }
    const key = matchRow(logical, ROW_PATTERNS);
    if (!key) continue;
    if (!started) {
      if (key !== 'newReceived') continue; // header rows (自然人 … 其他 … 总计) come before
      started = true;
    }
    const placement = placeCells(row, N, { grid, blocks: ROW_BLOCKS });
    const prev = rows.get(key);
    const hasValues = placement.cells.some((c) => c !== null);
    if (!prev || (!prev.placement.cells.some((c) => c !== null) && hasValues)) rows.set(key, { row, placement });
    if (key === 'carriedForward') break;
  }
  const has2021Rows = ['otherDisposal.overdueCorrection', 'otherDisposal.overdueFee', 'otherDisposal.other'].some((k) =>
    rows.has(k as RowKey),
  );
  const threeColumns = hasThreeColumns(lines, rows);
  if (threeColumns) for (const found of rows.values()) found.placement = placeThreeColumns(found.row);
  return { rows, has2021Rows, has2019Row: rows.has('otherDisposal.all'), apart, threeColumns };
}

/** Second pass: the rows of the template, in order, with evidence and warnings. */
export function parseTable3(read: Table3Read, template: Template, state: ReadState): Applications {
  const apps = emptyApplications(template);
  for (const labels of read.apart) state.warnings.push(describeApart('三', labels));
  if (read.threeColumns) state.warnings.push('表三只有「自然人」「法人或其他组织」「总计」三列，法人或其他组织未分项：商业企业等五列未填');
  else solveTable3Columns(read.rows as Map<string, { placement: Placement }>, N);
  // A 2021 table printing the single （六）其他处理 row of 2019: its cells go to otherDisposal.all, the sub-rows stay blank.
  const singleOther = template === '2021' && read.has2019Row && !read.has2021Rows;
  if (singleOther) state.warnings.push('表三「（六）其他处理」只有一行（2019 年版格式），记入 otherDisposal.all，三个分项空白');
  for (const spec of singleOther ? [...TABLE3[template], ...TABLE3['2019'].filter((r) => r.key === 'otherDisposal.all')] : TABLE3[template]) {
    const found = read.rows.get(spec.key as RowKey);
    if (!found) continue;
    const { cells, problem } = found.placement;
    if (problem) state.warnings.push(describeProblem(`表三「${table3RowName(template, spec.key)}」行`, read.threeColumns ? 3 : N, problem));
    setPath(apps as unknown as Record<string, unknown>, spec.key, {
      natural: cells[0]?.value ?? null,
      commercial: cells[1]?.value ?? null,
      research: cells[2]?.value ?? null,
      social: cells[3]?.value ?? null,
      legal: cells[4]?.value ?? null,
      other: cells[5]?.value ?? null,
      total: cells[6]?.value ?? null,
    });
    const { row } = found;
    const evidence = withPlacement(evidenceOf(row.line), found.placement);
    const paths = cellPathsOf(spec.key);
    for (let i = 0; i < N; i++) if (cells[i]) state.evidence[paths[i]] = row.cellLines ? evidenceOf(lineOfCell(row, i)) : evidence;
  }
  const unused = [...read.rows.keys()].filter((k) => !TEMPLATE_KEYS[template].has(k) && !(singleOther && k === 'otherDisposal.all'));
  if (unused.length) state.warnings.push(`表三含有 ${template} 年版表格没有的行（${unused.join('、')}），未读取`);
  return apps;
}
