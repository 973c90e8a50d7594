/**
 * Inline HTML text as a browser shows it: runs of white space (`&nbsp;`, the
 * ideographic space and source line breaks included) become one space; a
 * source line break between two Chinese characters becomes nothing (CMS
 * editors wrap lines mid-word, browsers of Chinese text show no gap there).
 */
const CJK = '\\u2e80-\\u2fff\\u3001-\\u303f\\u3040-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef“”‘’';
const BROKEN_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\u00a0\\u3000]*[\\r\\n]\\s*(?=[${CJK}])`, 'g');
const SPACES = /[\s\u00a0\u3000]+/g;
const ZERO_WIDTH = /[\u200b\ufeff]/g;

export function cleanInline(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(BROKEN_CJK, '').replace(SPACES, ' ').trim();
}
