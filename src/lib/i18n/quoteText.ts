/**
 * A report's own wording in quotation marks, without doubling the ones it has: “微信公众号”, but
 * “平安济源”微信公众号 as it is (quoting it again gave ““平安济源”微信公众号”), and a text
 * already wrapped in “…” stays wrapped once.
 */
const QUOTES = /[“”"「」『』]/;

export function quoteText(text: string): string {
  const t = text.trim();
  if (QUOTES.test(t)) return t;
  return `“${t}”`;
}
