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

const rowCache = new WeakMap<object, Map<string, ApplicantRow | undefined>>();

/** A table 3 row by its dot path, resolved once per report. */
function row(r: Tables, key: string): ApplicantRow | undefined {
  let rows = rowCache.get(r.applications);
  if (!rows) rowCache.set(r.applications, (rows = new Map()));
  if (!rows.has(key)) rows.set(key, getPath(r.applications, key) as ApplicantRow | undefined);
  return rows.get(key);
}

const known = (...xs: Cell[]): boolean => xs.every((x) => x !== null && x !== undefined);
const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;
const skippedNote = (n: number) => (n ? `（${n} 列因空白未核对）` : '');

function checkBalance(r: Tables): Check {
  const failures: string[] = [];
  let skipped = 0;
  const [nr, co, tot, cf] = ['newReceived', 'carriedOver', 'total', 'carriedForward'].map((k) => row(r, k));
  for (const c of APPLICANT_COLUMNS) {
    const cells = [nr?.[c] ?? null, co?.[c] ?? null, tot?.[c] ?? null, cf?.[c] ?? null];
    if (!known(...cells)) {
      skipped++;
      continue;
    }
    const v = cells as number[];
    if (!same(v[0] + v[1], v[2] + v[3]))
      failures.push(`${columnName(c)}列 新收${v[0]}+结转${v[1]} ≠ 办结${v[2]}+结转下年${v[3]}`);
  }
  return failures.length
    ? { rule: 'applications.balance', ok: false, message: `申请数不平衡：${failures.join('；')}` }
    : { rule: 'applications.balance', ok: true, message: `申请数平衡：新收+上年结转 = 办结+结转下年度${skippedNote(skipped)}` };
}

function outcomeKeys(r: Tables): string[] {
  const keys = table3Rows(r).map((x) => x.key).filter((k) => !['newReceived', 'carriedOver', 'total', 'carriedForward'].includes(k));
  // A 2021 table with the single 2019 （六）其他处理 row (see parseTable3): that row stands for the three sub-rows.
  if (r.template === '2021' && r.applications.otherDisposal.all) return [...keys.filter((k) => !k.startsWith('otherDisposal.')), 'otherDisposal.all'];
  return keys;
}

function checkOutcomes(r: Tables): Check {
  const failures: string[] = [];
  let skipped = 0;
  const tot = row(r, 'total');
  const outcomes = outcomeKeys(r).map((k) => row(r, k));
  for (const c of APPLICANT_COLUMNS) {
    const parts = outcomes.map((x) => x?.[c] ?? null);
    const total = tot?.[c] ?? null;
    if (!known(total, ...parts)) {
      skipped++;
      continue;
    }
    const sum = (parts as number[]).reduce((a, b) => a + b, 0);
    if (!same(sum, total as number)) failures.push(`${columnName(c)}列 各项结果之和${sum} ≠ 总计${total}`);
  }
  return failures.length
    ? { rule: 'applications.outcomes', ok: false, message: `办理结果合计不符：${failures.join('；')}` }
    : { rule: 'applications.outcomes', ok: true, message: `办理结果之和等于总计${skippedNote(skipped)}` };
}

function checkColumns(r: Tables): Check {
  const failures: string[] = [];
  let skipped = 0;
  for (const spec of table3Rows(r)) {
    const x = row(r, spec.key);
    const parts = OTHER_COLUMNS.map((c) => x?.[c] ?? null);
    if (!x || !known(x.total, ...parts)) {
      skipped++;
      continue;
    }
    const sum = (parts as number[]).reduce((a, b) => a + b, 0);
    if (!same(sum, x.total as number)) failures.push(`「${table3RowName(r.template!, spec.key)}」各类申请人之和${sum} ≠ 总计${x.total}`);
  }
  const note = skipped ? `（${skipped} 行因空白未核对）` : '';
  return failures.length
    ? { rule: 'applications.columns', ok: false, message: `申请人分列之和不符：${failures.join('；')}` }
    : { rule: 'applications.columns', ok: true, message: `每行各类申请人之和等于总计${note}` };
}

function checkTable4(r: Tables): Check {
  const failures: string[] = [];
  let skipped = 0;
  for (const g of TABLE4_GROUPS) {
    const x = r[g];
    const parts = TABLE4_COLUMNS.filter((c) => c !== 'total').map((c) => x[c]);
    if (!known(x.total, ...parts)) {
      skipped++;
      continue;
    }
    const sum = (parts as number[]).reduce((a, b) => a + b, 0);
    if (!same(sum, x.total as number))
      failures.push(`${table4GroupName(g)} 维持${x.upheld}+纠正${x.corrected}+其他${x.other}+未审结${x.pending} ≠ 总计${x.total}`);
  }
  const note = skipped ? `（${skipped} 组因空白未核对）` : '';
  return failures.length
    ? { rule: 'table4.totals', ok: false, message: `复议诉讼合计不符：${failures.join('；')}` }
    : { rule: 'table4.totals', ok: true, message: `复议、诉讼各组之和等于总计${note}` };
}

function checkComplete(r: Tables): Check {
  const missing: string[] = [];
  let count = 0;
  const t2 = r.table2Template ?? r.template;
  // t2 is null only for a report without tables, which has no table 2 cells.
  for (const block of t2 ? TABLE2[t2] : [])
    for (const spec of block.rows) {
      const cells = r.active[spec.key as keyof Tables['active']] as Record<string, Cell> | null | undefined;
      const nulls = spec.fields.filter((f) => (cells?.[f] ?? null) === null);
      count += nulls.length;
      if (nulls.length) missing.push(`表二${nulls.map((f) => table2CellName(t2!, spec.key, f)).join('、')}`);
    }
  for (const spec of table3Rows(r)) {
    const x = row(r, spec.key);
    const nulls = APPLICANT_COLUMNS.filter((c) => (x?.[c] ?? null) === null);
    count += nulls.length;
    if (nulls.length)
      missing.push(
        `表三「${table3RowName(r.template!, spec.key)}」${nulls.length === APPLICANT_COLUMNS.length ? '整行' : nulls.map(columnName).join('、')}`,
      );
  }
  for (const g of TABLE4_GROUPS) {
    const nulls = TABLE4_COLUMNS.filter((c) => r[g][c] === null);
    count += nulls.length;
    if (nulls.length)
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
  return [checkBalance(r), checkOutcomes(r), checkColumns(r), checkTable4(r), checkComplete(r), checkNarrative(r)];
}
