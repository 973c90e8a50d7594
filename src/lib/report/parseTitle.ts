/**
 * The report's title → the agency name it gives and the year covered. Saved
 * web pages put site furniture first (分享至朋友圈, 您当前的位置, 设为首页), titles
 * break over lines (沂源县公安局 / 2023 年政府信息公开工作年度报告), and some
 * reports have no title line at all, only a sentence that names the report
 * (现向社会公布2024年深圳市公安局龙华分局政府信息公开工作年度报告; 由上海市公安局青浦分局编制).
 * Title lines win over sentences; the words glued before a name are cut at its place name.
 */
import { placeStart, startsWithPlace } from './placeNames';
import type { TextDocument } from './textDocument';
import { isSpace } from './isSpace';

export interface TitleInfo {
  /** Agency words of the title, e.g. `宝鸡市公安局`, or `公安局` when that is all it says. */
  agency: string | null;
  year: number | null;
  /** Index of the first line after the title (where the body starts). */
  end: number;
}

/** 2020年度X政府信息公开工作年度报告 / X2020年政府信息公开年度工作报告 / X2013年度政府信息公开工作报告 / …年报. */
const TITLE = /(?:((?:19|20)\d{2})年度?)?([\u4e00-\u9fa5]{0,30}?)(?:((?:19|20)\d{2})年度?)?(?:的)?(?:政府)?(?:信息|政务)公开(?:工作)?(?:年度)?(?:工作)?(?:报告|年报)/g;
const COMPILED_BY = /由([\u4e00-\u9fa5]{2,30}?)(?:综合各项数据)?编制/;
const ORG_END = /(?:局|厅|委员会|委|办公室|办|政府|中心|院|署|所|处|队|室|会|站)$/;
/** A place alone names its government in a title (平潭综合实验区2021年度政府信息公开工作年度报告). */
const PLACE_END = /(?:省|市|县|区|州|盟|旗|自治区|自治州|自治县)$/;
/** Words that open a clause before the name when no place name marks where it starts. */
const NOISE = /^(?:.*?(?:公布|发布|公开|结合|关于|开展|印发|根据|按照|现将|特向社会|现向社会|向社会))/;
const SCAN_LINES = 40;
const SHORT_LINE = 50;
const SPACED = /\s+/;

/** Words no agency name holds: the name ran into the report's own title, into prose, or into a web page's title or breadcrumb (…_人民政府门户网站, printed as the header of a page saved to PDF). */
const NOT_IN_NAMES = /信息公开|政务公开|报告|年报|的|和|对|于|依法|获取|属于|人民群众|门户网站|首页|当前位置/;

/**
 * The agency in the words before (or after) the year of a title. In a title line the name
 * starts with the line; in a sentence only a place name says where it starts.
 */
function cleanName(raw: string, titleLine: boolean): string | null {
  if (!raw) return null;
  const at = placeStart(raw);
  if (at < 0 && !titleLine) return null;
  const name = at >= 0 ? raw.slice(at) : raw.replace(NOISE, '');
  if (name.length < 2 || /^(?:我|本)/.test(name) || NOT_IN_NAMES.test(name)) return null;
  if (ORG_END.test(name)) return name;
  return titleLine && at === 0 && PLACE_END.test(name) && startsWithPlace(name) ? name : null;
}

interface Found {
  agency: string | null;
  year: number | null;
  /** 3: a title line naming the agency; 2: a sentence naming the report and agency; 1: year only. */
  score: number;
  line: number;
}

/** Whether `a + b` holds the two-character word `w`, without joining them (readTitle's first test, for line pairs). */
function joinedHolds(a: string, b: string, w: string): boolean {
  return a.includes(w) || b.includes(w) || (a.endsWith(w[0]) && b.startsWith(w[1]));
}

/** The words every TITLE match ends with. */
const TITLE_END = /(?:信息|政务)公开(?:工作)?(?:年度)?(?:工作)?(?:报告|年报)/;
/** How far before its ending words a TITLE match can start: a year (2020年度), 30 characters, a year, 的, 政府. */
const TITLE_REACH = 6 + 30 + 6 + 1 + 2;

function readTitle(text: string, line: number, isTitleLine: boolean): Found | null {
  if (!text.includes('公开') || !/报告|年报/.test(text)) return null;
  // No match starts earlier than TITLE_REACH before the first ending: the scan starts there.
  const end = TITLE_END.exec(text);
  if (!end) return null;
  TITLE.lastIndex = Math.max(0, end.index - TITLE_REACH);
  let best: Found | null = null;
  // exec on TITLE itself, from the lastIndex set above (matchAll would copy the expression).
  let m: RegExpExecArray | null;
  while ((m = TITLE.exec(text))) {
    const year = m[1] ?? m[3];
    // A title the line starts with is a title even when the body runs on after it on the same
    // line (a crawler joins 平潭综合实验区2019年政府信息公开工作年度报告 and 根据《条例》…).
    const agency = cleanName(m[2] ?? '', isTitleLine || m.index === 0);
    if (!year && !agency) continue;
    const score = agency ? (isTitleLine ? 3 : 2) : 1;
    if (!best || score > best.score) best = { agency, year: year ? Number(year) : null, score, line };
  }
  TITLE.lastIndex = 0;
  return best;
}

const isMark = (c: number): boolean => c === 0x23 || c === 0x2a || c === 0x7c || isSpace(c); // # * |

/** `text.replace(/[\s#*|]/g, '')` without the regular expression: the text itself when it holds none of them. */
function withoutMarks(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isMark(text.charCodeAt(i))) continue;
    out += text.slice(from, i);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

export function parseTitle(doc: TextDocument): TitleInfo {
  // Non-empty lines near the top, spaces and table pipes removed.
  const lines: { i: number; text: string }[] = [];
  for (let i = 0; i < doc.lines.length && lines.length < SCAN_LINES; i++) {
    const text = withoutMarks(doc.lines[i].text);
    if (text) lines.push({ i, text });
  }
  let best: Found | null = null;
  const consider = (f: Found | null) => {
    if (f && (!best || f.score > best.score || (f.score === best.score && f.line < best.line))) best = f;
  };
  lines.forEach(({ i, text }, k) => {
    const short = text.length <= SHORT_LINE;
    consider(readTitle(text, i, short));
    // A long line a crawler joined from a page's parts (breadcrumb, title, 来源, the body), each
    // part set off by white space: a part that is a whole title is a title line.
    if (!short && best?.score !== 3 && SPACED.test(doc.lines[i].text))
      for (const part of doc.lines[i].text.split(SPACED)) {
        const t = withoutMarks(part);
        if (t.length >= 8 && t.length <= SHORT_LINE) {
          const f = readTitle(t, i, true);
          if (f?.score === 3) consider(f);
        }
      }
    // A title broken over two short lines.
    const next = lines[k + 1];
    if (short && next && next.text.length <= SHORT_LINE && joinedHolds(text, next.text, '公开') && (joinedHolds(text, next.text, '报告') || joinedHolds(text, next.text, '年报')))
      consider(readTitle(text + next.text, next.i, true));
  });
  const found = best as Found | null;
  if (!found || found.score < 2) {
    for (const { i, text } of lines) {
      const m = COMPILED_BY.exec(text);
      const agency = m ? cleanName(m[1], false) : null;
      if (agency) {
        consider({ agency, year: found?.year ?? null, score: 2, line: i });
        break;
      }
    }
  }
  const result = best as Found | null;
  return { agency: result?.agency ?? null, year: result?.year ?? null, end: result ? result.line + 1 : 0 };
}
