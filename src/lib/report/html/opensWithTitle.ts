/**
 * Whether a text opens with a report title: a short line among its first ones naming a 政府信息公开
 * report — or two short lines that do together, a title wrapped onto a second line
 * (`六盘水市公安局2020年度政府信息` / `公开工作年度报告`).
 */

/** Names a 政府信息公开 report, in simplified or traditional characters. */
export const REPORT_TITLE = /(?:信息|資訊|资讯|政务|政務)公[开開].{0,8}(?:[报報]告|年[报報])/;

const isTitle = (t: string) => t.length <= 60 && !/[。；]/.test(t) && REPORT_TITLE.test(t.replace(/\s+/g, ''));

export function opensWithTitle(lines: readonly string[]): boolean {
  let seen = 0;
  let previous = '';
  for (const line of lines) {
    const t = line.trim();
    if (!t) continue;
    if (isTitle(t) || (previous && isTitle(previous + t))) return true;
    previous = t;
    if (++seen >= 4) return false;
  }
  return false;
}
