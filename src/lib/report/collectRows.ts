/**
 * Lines of a table region → logical rows: the line holding a row's values, and
 * the label text around it. Labels break across lines both ways: in
 * space-separated tables the label comes first and the numbers on a later line
 * (seed 004, vertical labels included); in tab tables a label is often cut
 * after its cells and continues on the next line (seeds 001, 002).
 */
import { isSpace } from './isSpace';
import { hasNumbers, hasValueRegion, isBlankLine, splitRow, type RowCells } from './splitRow';
import type { TextLine } from './textDocument';

export interface LogicalRow {
  /** Label text accumulated since the previous row plus this line's own, cleaned. */
  label: string;
  /** This line's own label, cleaned. */
  own: string;
  /** Label text of the following lines that carry no numbers, cleaned. */
  continuation: string;
  row: RowCells;
  /**
   * Space-separated rows: the labels of two or more sibling rows came on lines of their own before
   * these numbers. With no more numbers than the row has cells, the rows above are blank ones (a
   * label first, its numbers on a later line). With more (`行政处罚` `行政强制` then `4119` `195`), a
   * converter printed the table's labels, then its values: which number is whose cannot be told.
   */
  apart?: string[];
}

/** Quotes and markdown stars dropped from labels (white space too). */
const LABEL_DROPPED = new Set([...'“”"\'‘’「」『』*'].map((c) => c.charCodeAt(0)));
/** Full-width brackets and point written as ASCII. */
const LABEL_REPLACED = new Map([...'（）．'].map((c, i) => [c.charCodeAt(0), '().'[i]]));

/** A label without white space, quotes or stars, its full-width （）． made ASCII; in one pass, the label itself when nothing changes. */
export function cleanLabel(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const replaced = c >= 0xff08 ? LABEL_REPLACED.get(c) : undefined;
    if (replaced === undefined && !isSpace(c) && !LABEL_DROPPED.has(c)) continue;
    out += s.slice(from, i) + (replaced ?? '');
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** A row label opens with its number: 一、 (一) 1. — a continued label does not. */
const ENUMERATED = /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)|\d{1,2}[.、])/;

/**
 * `names` tells a label that names a row by itself: a PDF → markdown converter tears a row in
 * two (`| （二）部分公开（区分处理的，只计这一情 | | |` then `| 形，不计其他情形） | 0 | 0 |`, or the
 * numbers alone on the next row); such a second half joins the row above when that row has no
 * number and the half neither opens with a row number nor names a row of its own.
 */
type Held = { row: LogicalRow; text: string };

/** A row number anywhere in a label (`予公开2.其他法律…`: a merged group cell's text before the row's own label). */
const HAS_ROW_NUMBER = /(?:^|\D)\d{1,2}[.、](?!\d)|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、/;

/** The first half of a torn row: cells left empty (a row printed with dashes is a blank row, not a torn one). */
function isTornHalf(row: RowCells): boolean {
  return row.cells.every((c) => c.trim() === '');
}

/** A row label's numbering level: 一、, （一）, 1. or none. */
function levelOf(label: string): string {
  if (/^[一二三四五六七八九十]+[、.]/.test(label)) return 'section';
  if (/^\([一二三四五六七八九十]+\)/.test(label)) return 'group';
  if (/^\d{1,2}[.、]/.test(label)) return 'item';
  return 'none';
}

/**
 * Two of the labels name rows of one level (规章, 行政规范性文件; 1. …, 2. …): sibling rows whose
 * numbers follow all together. A group's heading and its first item (（六）其他处理, 1.申请人…) are not.
 */
function siblings(labels: readonly string[]): boolean {
  const seen = new Set<string>();
  for (const l of labels) {
    const level = levelOf(l);
    if (seen.has(level)) return true;
    seen.add(level);
  }
  return false;
}

export function collectRows(lines: TextLine[], names: (label: string) => boolean = () => false): LogicalRow[] {
  const rows: LogicalRow[] = [];
  let pending = '';
  /** Lines of `pending` that each name a row by themselves. */
  let pendingNamed: string[] = [];
  let last: LogicalRow | null = null;
  let lastWasRow = false;
  /** A label line taken as the row above's continuation, which may instead open the next row (a torn row's first half). */
  let held = null as Held | null;
  for (const line of lines) {
    if (isBlankLine(line)) continue;
    const row = splitRow(line);
    const own = cleanLabel(row.label);
    const wasRow = lastWasRow;
    lastWasRow = false;
    const hold = held as Held | null;
    held = null;
    if (row.structured && wasRow && last?.row.structured && isTornHalf(last.row) && hasNumbers(row) && !HAS_ROW_NUMBER.test(own) && !(own && names(own))) {
      // The value columns are where the label row had them: a blank label field is not a blank cell.
      const at = last.row.labelEnd ?? -1;
      const sameGrid = row.fields && last.row.fields && row.fields.length === last.row.fields.length && (row.labelEnd ?? -1) <= at;
      last.row = sameGrid ? { ...row, cells: row.fields!.slice(at + 1), labelEnd: at } : row;
      last.continuation += own;
      continue;
    }
    if (line.continuesRow && last) {
      last.continuation += own;
      continue;
    }
    // In tab and pipe tables, a line without numbers whose label does not open with
    // a row number continues the label of the row above it — unless both name rows of their own.
    if (row.structured && last && own && !hasNumbers(row) && !HAS_ROW_NUMBER.test(own) && !(names(own) && names(last.own))) {
      last.continuation += own;
      held = { row: last, text: own };
      continue;
    }
    // One cell per line: numbers alone on their lines, after a row's first number, are its next cells.
    // So are numbers after a wrapped label's next words when the row above holds one number only
    // (`一、本年新收政府信息公开申 0` then `请数量 0 0 0 0 00`: pdftotext's layout of a row whose first
    // cell sits on the label's first line); words that open or name a row start the next one.
    const continuesWithCells = !own || (wasRow && last?.row.cells.length === 1 && !HAS_ROW_NUMBER.test(own) && !names(own));
    if (!row.structured && !row.runTogether && continuesWithCells && !pending && last && !last.row.structured && !last.row.runTogether && hasValueRegion(row)) {
      if (own) last.continuation += own;
      const prev = last.row;
      last.row = {
        ...prev,
        cells: [...prev.cells, ...row.cells],
        cellLines: [...(prev.cellLines ?? prev.cells.map(() => prev.line)), ...row.cells.map(() => line)],
      };
      continue;
    }
    if (hasValueRegion(row)) {
      // `| 其他对外管 | | |` then `| 理服务事项 | 14 | 6 |`: the held half and this one name a row together.
      if (hold && last && hold.row === last && row.structured && hasNumbers(row) && !HAS_ROW_NUMBER.test(own) && !names(own) && !names(hold.text) && names(hold.text + own)) {
        last.continuation = last.continuation.slice(0, -hold.text.length);
        last = { label: cleanLabel(pending) + hold.text + own, own: hold.text + own, continuation: '', row };
        rows.push(last);
        pending = '';
        pendingNamed = [];
        lastWasRow = true;
        continue;
      }
      last = { label: cleanLabel(pending) + own, own, continuation: '', row };
      if (!row.structured && !own && siblings(pendingNamed)) last.apart = pendingNamed;
      rows.push(last);
      pending = '';
      pendingNamed = [];
      lastWasRow = true;
    } else {
      pending += row.label;
      if (!row.structured && own && names(own)) pendingNamed.push(own);
      if (!row.structured) last = null;
    }
  }
  return rows;
}

/**
 * Which row a logical row is. Tab and pipe rows are named by their own label
 * first, then by their label continued on the next lines; space-separated rows
 * by the label gathered before their numbers.
 */
export function matchRow<K extends string>(r: LogicalRow, patterns: readonly (readonly [K, RegExp])[]): K | null {
  if (r.row.runTogether) return matchLabel(r.label, patterns) ?? matchContinued(r.label, r.continuation, patterns);
  if (!r.row.structured) return matchLabel(r.label, patterns);
  return (
    matchLabel(r.own, patterns) ??
    (r.continuation ? matchLabel(r.own + r.continuation, patterns) : null) ??
    matchLabel(r.label, patterns)
  );
}

/**
 * A label wrapped after its cells, in a run-together table: the shortest continuation that names
 * a row (the rest may be a group heading's wrapped text: `…逾期不` + `补正、…申请其他处理`).
 */
function matchContinued<K extends string>(label: string, continuation: string, patterns: readonly (readonly [K, RegExp])[]): K | null {
  for (let i = 1; i <= continuation.length; i++) {
    const key = matchLabel(label + continuation.slice(0, i), patterns);
    if (key) return key;
  }
  return null;
}

const globalCopies = new WeakMap<RegExp, RegExp>();

function globalCopy(re: RegExp): RegExp {
  let g = globalCopies.get(re);
  if (!g) globalCopies.set(re, (g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')));
  g.lastIndex = 0;
  return g;
}

/** Row labels repeat across reports (the national template's wording): their matches are remembered, within a bound. */
const matchCache = new WeakMap<object, Map<string, string | null>>();
const MATCH_CACHE_SIZE = 5000;

/** The key whose pattern matches latest in the label: the end of an accumulated label names the row. */
export function matchLabel<K extends string>(label: string, patterns: readonly (readonly [K, RegExp])[]): K | null {
  let cache = matchCache.get(patterns);
  if (!cache) matchCache.set(patterns, (cache = new Map()));
  const hit = cache.get(label);
  if (hit !== undefined) return hit as K | null;
  if (cache.size >= MATCH_CACHE_SIZE) cache.clear();
  const key = matchLabelUncached(label, patterns);
  cache.set(label, key);
  return key;
}

function matchLabelUncached<K extends string>(label: string, patterns: readonly (readonly [K, RegExp])[]): K | null {
  let best: K | null = null;
  let bestEnd = -1;
  for (const [key, re] of patterns) {
    if (!re.test(label)) continue;
    const g = globalCopy(re);
    let m: RegExpExecArray | null;
    while ((m = g.exec(label))) {
      const end = m.index + m[0].length;
      if (end > bestEnd) {
        bestEnd = end;
        best = key;
      }
      if (m[0].length === 0) g.lastIndex++;
    }
  }
  return best;
}
