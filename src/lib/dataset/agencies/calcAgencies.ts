/**
 * Agency identity across years. Reports with the same agency name are one agency. Different
 * names join only on evidence, conservatively (a wrong join is worse than a missed one):
 *   alias       — one report names the other's name as an alias (the parser saw both in one text),
 *                 and that alias belongs to no other agency;
 *   placePrefix — the same name once the place prefix is removed (济源示范区/济源市; 淄博市公安局
 *                 经开区分局/经开区公安分局), with exactly one candidate;
 *   governmentName — a government by its place and by its organ (平潭综合实验区 / 平潭综合实验区管委会 /
 *                 …人民政府): the same place name once 人民政府, 管委会, 管理委员会 are removed;
 *   redistricted — …县公安局 (or …市…) in earlier years, …区公安局 in later ones only: the county made a
 *                 district keeps its stem; the two names' years must not interleave.
 * Never joined: names whose regions disagree, or that both have a report for the same year.
 * Display name: the name of the latest report. Id: `a` + FNV-1a of the display name.
 */
import { pinyin } from 'pinyin-pro';
import type { AgencyEntry, AgencyJoin } from '../../data/types';
import { fnv1a } from '../../report/reportId';
import type { Region } from '../../report/types';
import { compareCodePoints } from '../corpusEntry';
import { compareByContent, type ReportRecord } from '../reportRecord';
import { branchKey, governmentKey, redistrictedKey, regionsAgree, samePlaceKey, type JoinRule } from './joinKeys';

interface NameNode {
  name: string;
  records: ReportRecord[];
  years: Set<number>;
  region: Region;
  parent: NameNode;
  /** Position in the name order (for a group's region: first non-null field by this order). */
  pos: number;
  /** On a root: every name of its group (itself included), so a join looks at its group, not at every name. */
  members: NameNode[];
  /** The rule of the first join this name took part in. */
  joinedBy?: JoinRule;
}

export interface AgencyTable {
  agencies: AgencyEntry[];
  /** Agency id of each record, by `record.index`. */
  agencyOf: Map<number, string>;
  joins: AgencyJoin[];
}

function root(n: NameNode): NameNode {
  while (n.parent !== n) n = n.parent;
  return n;
}

function groupYears(n: NameNode): Set<number> {
  return new Set(root(n).members.flatMap((m) => [...m.years]));
}

function groupRegion(n: NameNode): Region {
  const merged: Region = { province: null, city: null, county: null };
  for (const m of [...root(n).members].sort((a, b) => a.pos - b.pos)) for (const k of ['province', 'city', 'county'] as const) merged[k] ??= m.region[k];
  return merged;
}

function firstRegion(records: ReportRecord[]): Region {
  return records.find((r) => r.region.province || r.region.city)?.region ?? { province: null, city: null, county: null };
}

export function calcAgencies(records: readonly ReportRecord[]): AgencyTable {
  const byName = new Map<string, NameNode>();
  for (const rec of [...records].sort((a, b) => compareCodePoints(a.name, b.name) || compareByContent(a, b))) {
    let node = byName.get(rec.name);
    if (!node) {
      node = { name: rec.name, records: [], years: new Set(), region: rec.region } as unknown as NameNode;
      node.parent = node;
      byName.set(rec.name, node);
    }
    node.records.push(rec);
    if (rec.year !== null) node.years.add(rec.year);
  }
  const nodes = [...byName.values()];
  nodes.forEach((n, pos) => {
    n.region = firstRegion(n.records);
    n.pos = pos;
    n.members = [n];
  });

  const tryJoin = (a: NameNode, b: NameNode, rule: JoinRule) => {
    const ra = root(a);
    const rb = root(b);
    if (ra === rb) return;
    if (!regionsAgree(groupRegion(a), groupRegion(b), rule === 'redistricted')) return;
    const ya = groupYears(a);
    if ([...groupYears(b)].some((y) => ya.has(y))) return;
    // The longer (fuller) name's group absorbs the other; ties by code points.
    const [keep, drop] = a.name.length > b.name.length || (a.name.length === b.name.length && a.name < b.name) ? [ra, rb] : [rb, ra];
    drop.parent = keep;
    keep.members.push(...drop.members);
    drop.members = [];
    a.joinedBy ??= rule;
    b.joinedBy ??= rule;
  };

  // alias: a name listed as an alias by exactly one other name.
  const aliasOwners = new Map<string, Set<string>>();
  for (const n of nodes) for (const rec of n.records) for (const a of rec.aliases) if (a !== n.name) (aliasOwners.get(a) ?? aliasOwners.set(a, new Set()).get(a)!).add(n.name);
  for (const [alias, owners] of [...aliasOwners].sort((x, y) => compareCodePoints(x[0], y[0])))
    if (owners.size === 1 && byName.has(alias)) tryJoin(byName.get(alias)!, byName.get([...owners][0])!, 'alias');

  // placePrefix: 示范区 ~ 市 of the same stem.
  for (const n of nodes) {
    const key = samePlaceKey(n.name);
    const other = key ? byName.get(key) : undefined;
    if (other) tryJoin(n, other, 'placePrefix');
  }
  // placePrefix: a branch without its city bureau ~ the one full branch name with that branch word.
  const fullBranches = new Map<string, NameNode[]>();
  for (const n of nodes) {
    const k = branchKey(n.name);
    if (k?.withCity) (fullBranches.get(k.branch) ?? fullBranches.set(k.branch, []).get(k.branch)!).push(n);
  }
  for (const n of nodes) {
    const k = branchKey(n.name);
    const candidates = k && !k.withCity ? fullBranches.get(k.branch) ?? [] : [];
    if (candidates.length === 1) tryJoin(n, candidates[0], 'placePrefix');
  }

  // governmentName: every name of one place's government.
  const governments = new Map<string, NameNode[]>();
  for (const n of nodes) {
    const k = governmentKey(n.name);
    if (k) (governments.get(k) ?? governments.set(k, []).get(k)!).push(n);
  }
  for (const list of governments.values()) for (const n of list.slice(1)) tryJoin(list[0], n, 'governmentName');

  // redistricted: the county's name only before the district's.
  for (const n of nodes) {
    const k = redistrictedKey(n.name);
    const later = k ? byName.get(k) : undefined;
    if (later && n.years.size && later.years.size && Math.max(...n.years) < Math.min(...later.years)) tryJoin(n, later, 'redistricted');
  }

  return buildTable(nodes);
}

/** Toneless lowercase syllables of a name, one per Chinese character; Latin letters and digits kept as runs. */
function syllables(name: string): string[] {
  return pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).map((s) => s.toLowerCase().trim()).filter(Boolean);
}

function placePinyin(name: string | null): string | null {
  return name ? syllables(name).join(' ') : null;
}

function buildTable(nodes: NameNode[]): AgencyTable {
  const groups = new Map<NameNode, NameNode[]>();
  for (const n of nodes) (groups.get(root(n)) ?? groups.set(root(n), []).get(root(n))!).push(n);
  const agencies: AgencyEntry[] = [];
  const agencyOf = new Map<number, string>();
  const joins: AgencyJoin[] = [];
  const usedIds = new Set<string>();
  const built = [...groups.values()].map((members) => {
    const records = members.flatMap((m) => m.records);
    const latest = [...records].sort((a, b) => (b.year ?? -1) - (a.year ?? -1) || b.name.length - a.name.length || compareCodePoints(a.name, b.name))[0];
    return { members, records, name: latest.name, latest };
  });
  built.sort((a, b) => compareCodePoints(a.name, b.name));
  for (const g of built) {
    let id = `a${fnv1a(g.name)}`;
    for (let k = 2; usedIds.has(id); k++) id = `a${fnv1a(g.name)}-${k}`;
    usedIds.add(id);
    const names = new Set<string>();
    for (const r of g.records) [r.name, ...r.aliases].forEach((n) => names.add(n));
    names.delete(g.name);
    const regionRecord = [g.latest, ...g.records].find((r) => r.region.province || r.region.city) ?? g.latest;
    const py = syllables(g.name);
    const region = regionRecord.region;
    agencies.push({
      id,
      name: g.name,
      aliases: [...names].sort(compareCodePoints),
      pinyin: py.join(' '),
      initials: py.map((s) => s[0]).join(''),
      region,
      regionPinyin: { province: placePinyin(region.province), city: placePinyin(region.city), county: placePinyin(region.county) },
      regionFrom: regionRecord.regionFrom,
      level: g.latest.level,
      years: [...new Set(g.records.flatMap((r) => (r.year === null ? [] : [r.year])))].sort((a, b) => a - b),
    });
    for (const r of g.records) agencyOf.set(r.index, id);
    const yearsOf = (m: NameNode) => [...m.years].sort((a, b) => a - b);
    const joined = g.members.filter((m) => m.name !== g.name).map((m) => ({ name: m.name, rule: m.joinedBy!, years: yearsOf(m) }));
    const own = g.members.find((m) => m.name === g.name);
    if (joined.length) joins.push({ agency: id, name: g.name, years: own ? yearsOf(own) : [], joined: joined.sort((a, b) => compareCodePoints(a.name, b.name)) });
  }
  return { agencies, agencyOf, joins };
}
