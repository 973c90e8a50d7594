/**
 * A loosely written address of the original report (a meta.csv cell, a crawler's header line, a
 * page's canonical link) → the absolute http(s) URL, or null when it is not one. Anything else
 * (javascript:, relative paths, text) is never kept: the agency page turns it into a link.
 */
export function maybeSourceUrl(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text || text.length > 2000 || /\s/.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.href;
}
