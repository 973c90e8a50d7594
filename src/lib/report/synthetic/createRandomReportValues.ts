/**
 * The values of one synthetic annual report, from a seed: agency, year,
 * template, signature date and every cell of tables 2–4. Sums are consistent
 * (balance, outcomes, columns, table 4 totals) unless an inconsistency is
 * planted on purpose; blanks are `null` and recorded in `planted`.
 */
import { APPLICANT_COLUMNS, type Cell, type Table4Group, type Template } from '../types';
import { TABLE3, emptyActive, emptyApplications, setPath } from '../schema';
import { createRng, type Rng } from './createRng';
import { createRandomAgency } from './createRandomAgency';
import { plantBlanks } from './plantBlanks';
import { plantInconsistency } from './plantInconsistency';
import type { SyntheticReportValues } from './types';

export interface RandomValuesOptions {
  /** Force the template (else from the year, with `templateMismatchRate`). */
  template?: Template;
  /** Force the year covered (else 2019–2025). */
  year?: number;
  /** Probability that the report has blank cells. Default 0.3. */
  blankRate?: number;
  /** Probability that tables 3 and 4 are all zero (no requests at all). Default 0.2. */
  zeroRate?: number;
  /** Probability of large request counts (hundreds to thousands). Default 0.2. */
  largeRate?: number;
  /** Probability of deliberately inconsistent sums. Default 0.15. */
  inconsistentRate?: number;
  /** Probability that the template does not follow the year. Default 0.1. */
  templateMismatchRate?: number;
  /** Probability that a 2019-template 本年增/减 cell is negative. Default 0.3. */
  negativeChangeRate?: number;
  /** Probability that the report prints no signature date. Default 0.1. */
  undatedRate?: number;
}

const APPLICANTS = APPLICANT_COLUMNS.filter((c) => c !== 'total');

/** How often each outcome row receives requests, relative to the others. */
const OUTCOME_WEIGHT: Record<string, number> = {
  granted: 6,
  partiallyGranted: 1,
  'denied.internalAffairs': 1,
  'denied.processInfo': 0.5,
  'denied.enforcementFile': 0.8,
  'denied.queryMatter': 0.5,
  'unableToProvide.notHeld': 4,
  'unableToProvide.needsCreation': 0.6,
  'unableToProvide.unclear': 0.4,
  'notProcessed.complaint': 1.2,
  'notProcessed.duplicate': 0.6,
  'notProcessed.confirmation': 0.3,
  'otherDisposal.all': 1,
  'otherDisposal.overdueCorrection': 0.6,
  'otherDisposal.other': 0.6,
};

const NOT_OUTCOMES = new Set(['newReceived', 'carriedOver', 'total', 'carriedForward']);

/** A count with a realistic spread: mostly small, sometimes thousands, now and then huge (788308). */
function decisions(rng: Rng): number {
  const r = rng.next();
  if (r < 0.15) return 0;
  if (r < 0.45) return rng.int(1, 200);
  if (r < 0.85) return rng.int(200, 20000);
  return rng.int(20000, 900000);
}

/** 万元 amounts with 0–4 decimals: 0.402, 64.2623, 1710.15, 655. */
function amountWanYuan(rng: Rng): number {
  if (rng.chance(0.2)) return 0;
  const decimals = rng.pick([0, 1, 2, 3, 4, 4]);
  const scale = 10 ** decimals;
  const magnitude = rng.pick([1, 10, 100, 1000, 5000]);
  return Math.round(rng.next() * magnitude * scale) / scale;
}

function createActive(rng: Rng, template: Template, negativeChangeRate: number): Record<string, Record<string, Cell>> {
  const active = emptyActive(template);
  const docs = (row: Record<string, Cell>, small: boolean): void => {
    const made = small ? rng.int(0, 1) * rng.int(0, 2) : rng.int(0, 12);
    const other = small ? 0 : rng.int(0, 5);
    if (template === '2021') Object.assign(row, { issued: made, repealed: other, inForce: made + rng.int(0, small ? 3 : 80) });
    else Object.assign(row, { newlyMade: made, newlyPublished: Math.max(0, made - rng.int(0, 1)), totalPublic: made + rng.int(0, small ? 3 : 80) });
  };
  docs(active.regulations, true);
  docs(active.normativeDocuments, false);
  if (template === '2021') {
    for (const k of ['licensing', 'penalty', 'coercion']) active[k].decisions = decisions(rng);
    active.fees.amountWanYuan = amountWanYuan(rng);
    return active;
  }
  const change = (): number => (rng.chance(negativeChangeRate) ? -rng.int(1, 6) : rng.chance(0.5) ? 0 : rng.int(1, 8));
  for (const k of ['licensing', 'otherServices', 'penalty', 'coercion']) {
    active[k] = { previousItems: rng.int(0, 60), itemChange: change(), decisions: decisions(rng) };
  }
  active.fees = { previousItems: rng.int(0, 6), itemChange: change() };
  active.procurement = { projects: rng.int(0, 40), amountWanYuan: amountWanYuan(rng) };
  return active;
}

/** Split `total` over `keys` with random, sparse proportions. */
function distribute(rng: Rng, total: number, keys: string[]): Map<string, number> {
  const out = new Map<string, number>(keys.map((k) => [k, 0]));
  if (total === 0) return out;
  const weights = keys.map((k) => (rng.chance(0.55) ? (OUTCOME_WEIGHT[k] ?? 0.15) * rng.next() : 0));
  if (Math.max(...weights) === 0) weights[0] = 1;
  const sum = weights.reduce((a, b) => a + b, 0);
  let left = total;
  keys.forEach((k, i) => {
    const n = Math.floor((total * weights[i]) / sum);
    out.set(k, n);
    left -= n;
  });
  const live = keys.filter((_, i) => weights[i] > 0);
  while (left > 0) {
    const k = rng.pick(live);
    out.set(k, (out.get(k) ?? 0) + 1);
    left--;
  }
  return out;
}

function createApplications(rng: Rng, template: Template, mode: 'zero' | 'small' | 'large') {
  const apps = emptyApplications(template);
  const rows = TABLE3[template].map((r) => r.key);
  const outcomes = rows.filter((k) => !NOT_OUTCOMES.has(k));
  const colTotals = new Map<string, number>(rows.map((k) => [k, 0]));
  for (const c of APPLICANTS) {
    const activeColumn = mode !== 'zero' && (c === 'natural' ? rng.chance(0.9) : rng.chance(0.2));
    const received = !activeColumn ? 0 : mode === 'large' && c === 'natural' ? rng.int(100, 3000) : rng.int(1, 40);
    const carriedOver = activeColumn && rng.chance(0.3) ? rng.int(0, Math.max(1, Math.floor(received / 4))) : 0;
    const carriedForward = activeColumn && rng.chance(0.3) ? rng.int(0, Math.floor((received + carriedOver) / 4)) : 0;
    const handled = received + carriedOver - carriedForward;
    const split = distribute(rng, handled, outcomes);
    const set = (key: string, n: number): void => {
      setPath(apps as unknown as Record<string, unknown>, `${key}.${c}`, n);
      colTotals.set(key, (colTotals.get(key) ?? 0) + n);
    };
    set('newReceived', received);
    set('carriedOver', carriedOver);
    for (const k of outcomes) set(k, split.get(k) ?? 0);
    set('total', handled);
    set('carriedForward', carriedForward);
  }
  for (const k of rows) setPath(apps as unknown as Record<string, unknown>, `${k}.total`, colTotals.get(k) ?? 0);
  return apps;
}

function createTable4Group(rng: Rng, zero: boolean): Table4Group {
  if (zero || rng.chance(0.5)) return { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 };
  const g = { upheld: rng.int(0, 6), corrected: rng.int(0, 2), other: rng.int(0, 3), pending: rng.int(0, 3) };
  return { ...g, total: g.upheld + g.corrected + g.other + g.pending };
}

function isoDate(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function createRandomReportValues(seed: number, opts: RandomValuesOptions = {}): SyntheticReportValues {
  const rng = createRng(seed);
  const year = opts.year ?? rng.int(2019, 2025);
  const natural: Template = year <= 2020 ? '2019' : '2021';
  const mismatch = opts.template === undefined && rng.chance(opts.templateMismatchRate ?? 0.1);
  const template: Template = opts.template ?? (mismatch ? (natural === '2019' ? '2021' : '2019') : natural);
  const month = rng.int(1, 3);
  const publishedOn = rng.chance(opts.undatedRate ?? 0.1) ? null : isoDate(year + 1, month, rng.int(1, month === 2 ? 28 : 31));
  const mode = rng.chance(opts.zeroRate ?? 0.2) ? 'zero' : rng.chance(opts.largeRate ?? 0.2) ? 'large' : 'small';
  const values: SyntheticReportValues = {
    seed,
    agency: createRandomAgency(rng.fork('agency')),
    year,
    template,
    publishedOn,
    active: createActive(rng.fork('active'), template, opts.negativeChangeRate ?? 0.3),
    applications: createApplications(rng.fork('applications'), template, mode),
    review: createTable4Group(rng, mode === 'zero'),
    litigationDirect: createTable4Group(rng, mode === 'zero'),
    litigationAfterReview: createTable4Group(rng, mode === 'zero'),
    planted: { blanks: [], broken: [], templateMismatch: template !== natural },
  };
  if (rng.chance(opts.inconsistentRate ?? 0.15)) plantInconsistency(rng.fork('broken'), values);
  if (rng.chance(opts.blankRate ?? 0.3)) plantBlanks(rng.fork('blanks'), values);
  return values;
}
