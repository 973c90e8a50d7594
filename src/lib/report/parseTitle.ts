/**
 * The title block (lines before the first section or body paragraph) →
 * the agency name as the title gives it and the year covered.
 */
import type { TextDocument } from './textDocument';

export interface TitleInfo {
  /** Agency words of the title, e.g. `宝鸡市公安局`, or `公安局` when that is all it says. */
  agency: string | null;
  year: number | null;
  /** Index of the first line after the title block. */
  end: number;
}

const REPORT_WORDS = /(?:政府)?(?:信息|政务)公开(?:工作)?(?:年度)?(?:报告|年报)/;
const YEAR = /((?:19|20)\d{2})\s*年度?/;

function cleanAgency(s: string): string | null {
  const name = s
    .replace(/[#*\s“”"《》〈〉【】\[\]]/g, '')
    .replace(/^关于/, '')
    .replace(/(?:的|之)$/, '')
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[，,。:：、]/g, '');
  return name.length >= 2 ? name : name.length === 0 ? null : name;
}

export function parseTitle(doc: TextDocument): TitleInfo {
  const block: string[] = [];
  let end = 0;
  for (let i = 0; i < Math.min(doc.lines.length, 30); i++) {
    const t = doc.lines[i].text.trim();
    if (!t) {
      if (block.length && REPORT_WORDS.test(block.join(''))) {
        end = i;
        break;
      }
      continue;
    }
    if (/^#*\s*[一二三四五六七]\s*[、.]/.test(t) || /[。；]/.test(t) || t.length > 60) break;
    block.push(t);
    end = i + 1;
    if (block.length >= 4) break;
  }
  const title = block.join('').replace(/\s+/g, '');
  const report = REPORT_WORDS.exec(title);
  const yearMatch = YEAR.exec(title);
  const year = yearMatch ? Number(yearMatch[1]) : null;
  let agency: string | null = null;
  if (report) {
    const head = title.slice(0, report.index);
    const beforeYear = yearMatch && yearMatch.index < report.index ? head.slice(0, yearMatch.index) : head;
    const afterYear = yearMatch && yearMatch.index < report.index ? head.slice(yearMatch.index + yearMatch[0].length) : '';
    agency = cleanAgency(beforeYear) ?? cleanAgency(afterYear);
  } else if (block.length) {
    agency = cleanAgency(block[0].replace(YEAR, ''));
  }
  return { agency, year, end };
}
