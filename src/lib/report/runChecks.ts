/**
 * The consistency rules of the schema's `checks` section, each with a message a
 * journalist can read. A failed check never drops or "repairs" a number.
 */
import { getPath, TABLE2, TABLE3, TABLE4_GROUPS } from './schema';
import { columnName, table2CellName, table3RowName, table4ColumnName, table4GroupName } from './rowNames';
import { APPLICANT_COLUMNS, TABLE4_COLUMNS, type ApplicantRow, type Cell, type Check, type Report } from './types';

type Tables = Pick<Report, 'template' | 'table2Template' | 'active' | 'applications' | 'review' | 'litigationDirect' | 'litigationAfterReview' | 'narrative'>;

/** Table 3's rows in the report's template; none for a report without tables. */
const table3Rows = (r: Tables) => (r.template ? TABLE3[r.template] : []);

const OTHER_COLUMNS = APPLICANT_COLUMNS.filter((c) => c !== 'total');

const TABLE3_KEYS = new Set([...TABLE3['2019'], ...TABLE3['2021']].map((x) => x.key));
/** Each table 3 row path cut at its dots, once. */
const PATH_PARTS = new Map<string, string[]>([...TABLE3_KEYS, 'newReceived', 'carriedOver', 'total', 'carriedForward'].map((k) => [k, k.split('.')]));

/** The report's table 3 rows by dot path, resolved once per check run (as getPath reads them). */
type Rows = Map<string, ApplicantRow | undefined>;

function rowAt(apps: unknown, key: string): ApplicantRow | undefined {
  const parts = PATH_PARTS.get(key);
  if (!parts) return getPath(apps, key) as ApplicantRow | undefined;
  let cur = apps;
  for (let i = 0; i < parts.length; i++) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[parts[i]];
  }
  return cur as ApplicantRow | undefined;
}

function row(rows: Rows, r: Tables, key: string): ApplicantRow | undefined {
  let x = rows.get(key);
  if (x === undefined && !rows.has(key)) rows.set(key, (x = rowAt(r.applications, key)));
  return x;
}

/** A cell as the checks read it: a missing cell is a blank one. */
const cellOf = (x: ApplicantRow | undefined, c: (typeof APPLICANT_COLUMNS)[number]): Cell => x?.[c] ?? null;
const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;
const skippedNote = (n: number) => (n ? `（${n} 列因空白未核对）` : '');

function checkBalance(r: Tables, rows: Rows): Check {
  const failures: string[] = [];
  let skipped = 0;
  const nr = row(rows, r, 'newReceived');
  const co = row(rows, r, 'carriedOver');
  const tot = row(rows, r, 'total');
  const cf = row(rows, r, 'carriedForward');
  for (const c of APPLICANT_COLUMNS) {
    const a = cellOf(nr, c);
    const b = cellOf(co, c);
    const t = cellOf(tot, c);
    const d = cellOf(cf, c);
    if (a === null || b === null || t === null || d === null) {
      skipped++;
      continue;
    }
    if (!same(a + b, t + d)) failures.push(`${columnName(c)}列 新收${a}+结转${b} ≠ 办结${t}+结转下年${d}`);
  }
  return failures.length
    ? { rule: 'applications.balance', ok: false, message: `申请数不平衡：${failures.join('；')}` }
    : { rule: 'applications.balance', ok: true, message: `申请数平衡：新收+上年结转 = 办结+结转下年度${skippedNote(skipped)}` };
}

const BALANCE_KEYS = ['newReceived', 'carriedOver', 'total', 'carriedForward'];
/** Table 3's outcome rows per template, and the 2021 list with the single 2019 （六）其他处理 row standing for the three sub-rows. */
const OUTCOME_KEYS = {
  '2019': TABLE3['2019'].map((x) => x.key).filter((k) => !BALANCE_KEYS.includes(k)),
  '2021': TABLE3['2021'].map((x) => x.key).filter((k) => !BALANCE_KEYS.includes(k)),
};
const OUTCOME_KEYS_2021_SINGLE_OTHER = [...OUTCOME_KEYS['2021'].filter((k) => !k.startsWith('otherDisposal.')), 'otherDisposal.all'];

function outcomeKeys(r: Tables): string[] {
  if (!r.template) return [];
  // A 2021 table with the single 2019 （六）其他处理 row (see parseTable3): that row stands for the three sub-rows.
  if (r.template === '2021' && r.applications.otherDisposal.all) return OUTCOME_KEYS_2021_SINGLE_OTHER;
  return OUTCOME_KEYS[r.template];
}

function checkOutcomes(r: Tables, rows: Rows): Check {
  const failures: string[] = [];
  let skipped = 0;
  const tot = row(rows, r, 'total');
  const outcomes = outcomeKeys(r).map((k) => row(rows, r, k));
  for (const c of APPLICANT_COLUMNS) {
    const total = cellOf(tot, c);
    let sum = 0;
    let blank = total === null;
    for (let i = 0; i < outcomes.length && !blank; i++) {
      const v = cellOf(outcomes[i], c);
      if (v === null) blank = true;
      else sum += v;
    }
    if (blank) {
      skipped++;
      continue;
    }
    if (!same(sum, total as number)) failures.push(`${columnName(c)}列 各项结果之和${sum} ≠ 总计${total}`);
  }
  return failures.length
    ? { rule: 'applications.outcomes', ok: false, message: `办理结果合计不符：${failures.join('；')}` }
    : { rule: 'applications.outcomes', ok: true, message: `办理结果之和等于总计${skippedNote(skipped)}` };
}

function checkColumns(r: Tables, rows: Rows): Check {
  const failures: string[] = [];
  let skipped = 0;
  for (const spec of table3Rows(r)) {
    const x = row(rows, r, spec.key);
    const total = x ? x.total : undefined;
    let sum = 0;
    let blank = !x || total === null || total === undefined;
    for (let i = 0; i < OTHER_COLUMNS.length && !blank; i++) {
      const v = cellOf(x, OTHER_COLUMNS[i]);
      if (v === null) blank = true;
      else sum += v;
    }
    if (blank) {
      skipped++;
      continue;
    }
    if (!same(sum, total as number)) failures.push(`「${table3RowName(r.template!, spec.key)}」各类申请人之和${sum} ≠ 总计${total}`);
  }
  const note = skipped ? `（${skipped} 行因空白未核对）` : '';
  return failures.length
    ? { rule: 'applications.columns', ok: false, message: `申请人分列之和不符：${failures.join('；')}` }
    : { rule: 'applications.columns', ok: true, message: `每行各类申请人之和等于总计${note}` };
}

const TABLE4_PARTS = TABLE4_COLUMNS.filter((c) => c !== 'total');

function checkTable4(r: Tables): Check {
  const failures: string[] = [];
  let skipped = 0;
  for (const g of TABLE4_GROUPS) {
    const x = r[g];
    let sum = 0;
    let blank = x.total === null || x.total === undefined;
    for (let i = 0; i < TABLE4_PARTS.length && !blank; i++) {
      const v = x[TABLE4_PARTS[i]];
      if (v === null || v === undefined) blank = true;
      else sum += v;
    }
    if (blank) {
      skipped++;
      continue;
    }
    if (!same(sum, x.total as number))
      failures.push(`${table4GroupName(g)} 维持${x.upheld}+纠正${x.corrected}+其他${x.other}+未审结${x.pending} ≠ 总计${x.total}`);
  }
  const note = skipped ? `（${skipped} 组因空白未核对）` : '';
  return failures.length
    ? { rule: 'table4.totals', ok: false, message: `复议诉讼合计不符：${failures.join('；')}` }
    : { rule: 'table4.totals', ok: true, message: `复议、诉讼各组之和等于总计${note}` };
}

function checkComplete(r: Tables, rows: Rows): Check {
  const missing: string[] = [];
  let count = 0;
  const t2 = r.table2Template ?? r.template;
  // t2 is null only for a report without tables, which has no table 2 cells.
  for (const block of t2 ? TABLE2[t2] : [])
    for (const spec of block.rows) {
      const cells = r.active[spec.key as keyof Tables['active']] as Record<string, Cell> | null | undefined;
      let nulls: string[] | null = null;
      for (const f of spec.fields) if ((cells?.[f] ?? null) === null) (nulls ??= []).push(f);
      if (!nulls) continue;
      count += nulls.length;
      missing.push(`表二${nulls.map((f) => table2CellName(t2!, spec.key, f)).join('、')}`);
    }
  for (const spec of table3Rows(r)) {
    const x = row(rows, r, spec.key);
    let nulls: (typeof APPLICANT_COLUMNS)[number][] | null = null;
    for (const c of APPLICANT_COLUMNS) if (cellOf(x, c) === null) (nulls ??= []).push(c);
    if (!nulls) continue;
    count += nulls.length;
    missing.push(`表三「${table3RowName(r.template!, spec.key)}」${nulls.length === APPLICANT_COLUMNS.length ? '整行' : nulls.map(columnName).join('、')}`);
  }
  for (const g of TABLE4_GROUPS) {
    let nulls: (typeof TABLE4_COLUMNS)[number][] | null = null;
    for (const c of TABLE4_COLUMNS) if (r[g][c] === null) (nulls ??= []).push(c);
    if (!nulls) continue;
    count += nulls.length;
    missing.push(`表四${table4GroupName(g)}${nulls.length === TABLE4_COLUMNS.length ? '整组' : nulls.map(table4ColumnName).join('、')}`);
  }
  return count
    ? { rule: 'cells.complete', ok: false, message: `${count} 个单元格空白或未能读取：${missing.join('；')}` }
    : { rule: 'cells.complete', ok: true, message: '表二至表四所有单元格均有数值' };
}

function checkNarrative(r: Tables): Check {
  const prose = r.narrative.applicationsReceived;
  const table = r.applications.newReceived?.total ?? null;
  if (prose === null) return { rule: 'narrative.applications', ok: true, message: '未核对：正文没有写明收到的申请数' };
  if (table === null) return { rule: 'narrative.applications', ok: true, message: `未核对：表三新收申请总计空白（正文为 ${prose}）` };
  return same(prose, table)
    ? { rule: 'narrative.applications', ok: true, message: `正文与表三一致：收到申请 ${prose} 件` }
    : { rule: 'narrative.applications', ok: false, message: `正文与表三不一致：正文称收到申请 ${prose} 件，表三新收申请总计 ${table}` };
}

export function runChecks(r: Tables): Check[] {
  const rows: Rows = new Map();
  return [checkBalance(r, rows), checkOutcomes(r, rows), checkColumns(r, rows), checkTable4(r), checkComplete(r, rows), checkNarrative(r)];
}
