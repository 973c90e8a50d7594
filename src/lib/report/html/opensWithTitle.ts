/** Whether a text opens with a report title: a short line among its first ones naming a 政府信息公开 report. */

/** Names a 政府信息公开 report, in simplified or traditional characters. */
export const REPORT_TITLE = /(?:信息|資訊|资讯|政务|政務)公[开開].{0,8}(?:[报報]告|年[报報])/;

export function opensWithTitle(lines: readonly string[]): boolean {
  let seen = 0;
  for (const line of lines) {
    const t = line.trim();
    if (!t) continue;
    if (t.length <= 60 && !/[。；]/.test(t) && REPORT_TITLE.test(t.replace(/\s+/g, ''))) return true;
    if (++seen >= 4) return false;
  }
  return false;
}
