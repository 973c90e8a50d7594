/**
 * A crawler that saves a page's text with no separator between table cells also
 * leaves the whole report on one line:
 * `…一、总体情况2021年，…二、主动公开政府信息情况第二十条第（一）项信息内容…规章000行政规范性文件002…`.
 * This stage gives such a line the shape every later stage reads: section headings
 * on lines of their own, prose one sentence a line, and inside the tables each label
 * on a line followed by a line holding its run of digits (marked `runTogether`, to be
 * cut into cells by the template's arithmetic, see solve/readDigitRun.ts). Lines
 * that are not run together pass through untouched.
 */
import type { TextLine } from '../textDocument';

/** Template row labels directly followed by digits: the mark of cells run together. */
const GLUED_LABEL =
  /(?:数量|规章|规范性文件|行政许可|行政处罚|行政强制|收费|予以公开|部分公开|国家秘密|禁止公开|一稳定”?|合法权益|内部事务信息|过程性信息|执法案卷|查询事项|相关政府信息|另行制作|仍不明确|投诉类申请|重复申请|出版物|反复申请|已获取信息|其他处理|总计|继续办理)[”"]?\s*\d/g;
const MIN_GLUED = 5;

/** Numbered section headings, as the national template words them (and common variants). */
const HEADING = new RegExp(
  '[一二三四五六七八]\\s*[、.．]\\s*(?:' +
    [
      '总体情况',
      '主动公开政府信息(?:的)?情况',
      '(?:行政机关)?收到和处理政府信息公开申请(?:的)?情况',
      '[^。，；\\d]{0,16}?行政法?复议[^。，；\\d]{0,12}?行政诉讼(?:的)?情况',
      '存在的?主要问题(?:及|和)?(?:改进)?(?:情况|措施)?',
      '其他需要报告的?事项',
    ].join('|') +
    ')',
  'g',
);

/** A value run: digits with the spaces, signs, decimal points and separators that sit among them, and a unit. */
const VALUE_RUN = /[+\-−]?\d[\d\s.,，+\-−]*(?:万元|亿元|元)?/g;

interface Piece {
  start: number;
  end: number;
  runTogether?: boolean;
  continuesRow?: boolean;
}

/** A row's number opening a label: （三） 三、 2. — not 第（五）项. */
const ROW_MARKER = /(?<!第\s*)(?:[（(]\s*[一二三四五六七八九十]{1,2}\s*[）)]|[一二三四五六七八九十]{1,2}\s*、|[1-9]\s*[.．、](?!\d))/;

/**
 * The label text after a row's digits, up to the next row's number, ends the label of the row
 * before (a label wrapped after its cells: `5.要求行政机关确` 0001102 `认或重新出具已获取信息（六）其他处理`).
 */
function labelPieces(text: string, start: number, end: number, afterDigits: boolean): Piece[] {
  if (afterDigits) {
    const m = ROW_MARKER.exec(text.slice(start, end));
    if (m && m.index > 0 && text.slice(start, start + m.index).trim())
      return [
        { start, end: start + m.index, continuesRow: true },
        { start: start + m.index, end },
      ];
  }
  return [{ start, end }];
}

export function isRunTogether(text: string): boolean {
  if (text.length < 200) return false;
  let count = 0;
  GLUED_LABEL.lastIndex = 0;
  while (GLUED_LABEL.exec(text)) if (++count >= MIN_GLUED) return true;
  return false;
}

/** Where the tables sit in the line: from table 2's first marker to the heading after table 4's digits. */
function tableRegion(text: string, headings: { start: number; end: number; body: string }[]): [number, number] {
  const active = headings.find((h) => /主动公开/.test(h.body));
  const problems = headings.find((h) => /存在的?主要问题/.test(h.body));
  const firstMarker = text.search(/第二十条|信息内容/);
  const from = active ? active.end : Math.max(0, firstMarker);
  const to = problems && problems.start > from ? problems.start : text.length;
  return [from, to];
}

/** Sentences of prose, each ending with its 。！？ (the last one may have none). */
function sentencePieces(text: string, start: number, end: number): Piece[] {
  const pieces: Piece[] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    if ('。！？'.includes(text[i])) {
      pieces.push({ start: s, end: i + 1 });
      s = i + 1;
    }
  }
  if (s < end) pieces.push({ start: s, end });
  return pieces;
}

/** Inside the tables: label, digits, label, digits … — enumerators (`2.其他…`) stay with their label. */
function tablePieces(text: string, start: number, end: number): Piece[] {
  const pieces: Piece[] = [];
  let labelStart = start;
  VALUE_RUN.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = VALUE_RUN.exec(text)) && m.index < end) {
    let runStart = m.index;
    let runEnd = Math.min(end, m.index + m[0].length);
    let run = text.slice(runStart, runEnd);
    const after = text.slice(runEnd, runEnd + 1);
    // "1." before a label: an enumerator, part of the label. "00000002." : the last digit opens the next label.
    if (/[.．、]$/.test(run.trimEnd()) && after && !/\d/.test(after)) {
      const trimmed = run.trimEnd();
      const body = trimmed.replace(/[1-9]\s*[.．、]$/, '');
      if (!/\d/.test(body)) continue; // only an enumerator
      runEnd = runStart + body.length;
      run = body;
    }
    // A year written straight after the value opens the prose that follows (`行政事业性收费02025年，我局…`).
    const year = /(20[1-4]\d)$/.exec(run.trimEnd())?.[1];
    if (year && /^年(?!度)/.test(text.slice(runEnd, runEnd + 2))) {
      const body = run.trimEnd().slice(0, -4);
      if (!/\d/.test(body)) continue;
      runEnd = runStart + body.length;
      run = body;
    }
    // Leading spaces belong to neither.
    while (runStart < runEnd && /\s/.test(text[runStart])) runStart++;
    if (runStart > labelStart) pieces.push(...labelPieces(text, labelStart, runStart, pieces.length > 0));
    pieces.push({ start: runStart, end: runEnd, runTogether: true });
    labelStart = runEnd;
    VALUE_RUN.lastIndex = runEnd;
  }
  if (labelStart < end) pieces.push(...labelPieces(text, labelStart, end, pieces.length > 0));
  return pieces;
}

/** One run-together source line → the lines later stages read (same source line number, text cut into pieces). */
export function reflowLine(line: TextLine): TextLine[] {
  const text = line.text;
  const headings: { start: number; end: number; body: string }[] = [];
  HEADING.lastIndex = 0;
  let h: RegExpExecArray | null;
  while ((h = HEADING.exec(text))) headings.push({ start: h.index, end: h.index + h[0].length, body: h[0] });
  const [tFrom, tTo] = tableRegion(text, headings);

  const pieces: Piece[] = [];
  const prose = (from: number, to: number) => {
    let cursor = from;
    for (const hd of headings) {
      if (hd.start < from || hd.end > to) continue;
      pieces.push(...sentencePieces(text, cursor, hd.start));
      pieces.push({ start: hd.start, end: hd.end });
      cursor = hd.end;
    }
    pieces.push(...sentencePieces(text, cursor, to));
  };
  prose(0, tFrom);
  // Headings inside the table region (三、收到和处理…, 四、…行政复议…) stand on their own lines too.
  let cursor = tFrom;
  for (const hd of headings) {
    if (hd.start < tFrom || hd.end > tTo) continue;
    pieces.push(...tablePieces(text, cursor, hd.start));
    pieces.push({ start: hd.start, end: hd.end });
    cursor = hd.end;
  }
  pieces.push(...tablePieces(text, cursor, tTo));
  prose(tTo, text.length);

  const sameLength = line.raw.length === text.length;
  return pieces
    .filter((p) => text.slice(p.start, p.end).trim())
    .map((p) => ({
      n: line.n,
      raw: sameLength ? line.raw.slice(p.start, p.end) : text.slice(p.start, p.end),
      text: text.slice(p.start, p.end),
      col: p.start,
      ...(p.runTogether ? { runTogether: true } : {}),
      ...(p.continuesRow ? { continuesRow: true } : {}),
    }));
}

export function reflowRunTogether(lines: TextLine[]): TextLine[] {
  if (!lines.some((l) => isRunTogether(l.text))) return lines;
  return lines.flatMap((l) => (isRunTogether(l.text) ? reflowLine(l) : [l]));
}
