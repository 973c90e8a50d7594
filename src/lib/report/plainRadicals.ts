/**
 * Radicals a PDF's text layer (or text converted from one) uses for ordinary characters:
 * Kangxi radicals (⼀ ⾏ ⽰ for 一 行 示), which NFKC maps, and CJK Radicals Supplement
 * characters (Chromium's PDFs write 页 as ⻚, 长 as ⻓), which have no decomposition and need
 * this table.
 */
const MAP: Record<string, string> = {
  '⺠': '民', '⺟': '母', '⻄': '西', '⻅': '见', '⻆': '角', '⻈': '讠', '⻉': '贝', '⻋': '车', '⻓': '长', '⻔': '门',
  '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼',
  '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟',
};
const RADICAL = /[\u2e80-\u2eff\u2f00-\u2fd5]/g;

export function plainRadicals(s: string): string {
  RADICAL.lastIndex = 0;
  if (!RADICAL.test(s)) return s;
  RADICAL.lastIndex = 0;
  return s.replace(RADICAL, (c) => MAP[c] ?? c.normalize('NFKC'));
}
