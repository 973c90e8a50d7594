/**
 * Table 3 rows whose run-together digits keep several readings after their own row
 * sum: the table's column identities decide, per column 一 + 二 = 三（七）+ 四 and the
 * outcome rows (一)…(六) sum to (七) 总计. Every combination of the open rows' readings
 * is scored by how many identities it satisfies (a report that does not add up as
 * published fails some for every combination: those say nothing); the cells on which
 * all best-scoring combinations agree are placed (`column-sums`), the others stay null.
 */
import type { Placement } from '../placeCells';

const MAX_COMBINATIONS = 50_000;

/** Rows whose cells are summed into (七) 总计, in both templates. */
export const OUTCOME_ROWS = [
  'granted',
  'partiallyGranted',
  'denied.stateSecret',
  'denied.lawForbidden',
  'denied.safetyStability',
  'denied.thirdPartyRights',
  'denied.internalAffairs',
  'denied.processInfo',
  'denied.enforcementFile',
  'denied.queryMatter',
  'unableToProvide.notHeld',
  'unableToProvide.needsCreation',
  'unableToProvide.unclear',
  'notProcessed.complaint',
  'notProcessed.duplicate',
  'notProcessed.publication',
  'notProcessed.massRepeated',
  'notProcessed.confirmation',
  'otherDisposal.overdueCorrection',
  'otherDisposal.overdueFee',
  'otherDisposal.other',
  'otherDisposal.all',
] as const;

type Identity = { plus: string[]; minus: string[] };

function identities(keys: Set<string>): Identity[] {
  const outcomes = OUTCOME_ROWS.filter((k) => keys.has(k));
  return [
    { plus: ['newReceived', 'carriedOver'], minus: ['total', 'carriedForward'] },
    { plus: outcomes, minus: ['total'] },
  ];
}

/** Resolves, in place, the open rows of a table 3 read; returns how many rows were settled. */
export function solveTable3Columns(rows: Map<string, { placement: Placement }>, columns: number): number {
  const isOpen = (r: { placement: Placement }) => Boolean(r.placement.readings && r.placement.readings.length > 1);
  // Most tables have no open row: found out without copying the rows.
  let anyOpen = false;
  for (const r of rows.values()) if (isOpen(r)) anyOpen = true;
  if (!anyOpen) return 0;
  const open = [...rows].filter(([, r]) => isOpen(r));
  const combinations = open.reduce((p, [, r]) => p * r.placement.readings!.length, 1);
  if (combinations > MAX_COMBINATIONS) return 0;
  const ids = identities(new Set(rows.keys()));
  const openIndex = new Map(open.map(([k], i) => [k, i]));
  const fixed = (key: string, c: number): number | null | undefined => {
    const row = rows.get(key);
    if (!row) return undefined;
    return row.placement.cells[c]?.value ?? null;
  };

  const choice = open.map(() => 0);
  let best = -1;
  let bestChoices: number[][] = [];
  for (let k = 0; k < combinations; k++) {
    let rest = k;
    for (let i = 0; i < open.length; i++) {
      const m = open[i][1].placement.readings!.length;
      choice[i] = rest % m;
      rest = Math.floor(rest / m);
    }
    let score = 0;
    for (const id of ids) {
      for (let c = 0; c < columns; c++) {
        let sum = 0;
        let known = true;
        let touchesOpen = false;
        for (const [sign, keys] of [[1, id.plus], [-1, id.minus]] as const) {
          for (const key of keys) {
            const oi = openIndex.get(key);
            let v: number | null | undefined;
            if (oi !== undefined) {
              touchesOpen = true;
              v = open[oi][1].placement.readings![choice[oi]][c];
            } else v = fixed(key, c);
            if (v === undefined) continue; // a row the report does not have
            if (v === null) known = false;
            else sum += sign * v;
          }
        }
        if (known && touchesOpen && Math.abs(sum) < 1e-9) score++;
      }
    }
    if (score > best) {
      best = score;
      bestChoices = [choice.slice()];
    } else if (score === best) bestChoices.push(choice.slice());
  }

  let settled = 0;
  open.forEach(([, r], i) => {
    const readings = bestChoices.map((ch) => r.placement.readings![ch[i]]);
    const distinct = new Set(readings.map((x) => x.join(',')));
    const placement = r.placement;
    if (distinct.size === 1) {
      const reading = readings[0];
      placement.cells = reading.map((value) => ({ value, unit: '' }));
      placement.problem = null;
      placement.placedBy = 'column-sums';
      placement.readings = undefined;
      settled++;
    } else {
      placement.cells = placement.cells.map((cell, c) => {
        const v = readings[0][c];
        return readings.every((x) => x[c] === v) ? { value: v, unit: '' } : null;
      });
      if (placement.problem?.kind === 'readings') placement.problem = { ...placement.problem, count: distinct.size };
    }
  });
  return settled;
}
