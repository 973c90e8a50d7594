/**
 * HTML page bytes → text, per the page's declared charset (sniffed before
 * decoding), falling back to the text decoder's strict-UTF-8-then-GB18030 rule
 * when there is no declaration or it does not fit the bytes.
 *
 * Pages may be larger than text reports: inline scripts, styles and base64
 * images (a page saved as one file) make up most of a saved page, and the
 * parser keeps none of them (see parsePage). Up to MAX_HTML_BYTES is read.
 */
import { decodeBytes, type DecodeResult } from '../decodeBytes';
import { sniffCharset } from './sniffCharset';

export const MAX_HTML_BYTES = 32 * 1024 * 1024;

export type HtmlDecodeResult = DecodeResult & { declared?: string | null };

export function decodeHtml(bytes: Uint8Array): HtmlDecodeResult {
  const tooLarge = bytes.length > MAX_HTML_BYTES;
  const declared = bytes.length && !tooLarge ? sniffCharset(bytes) : null;
  const decoded = decodeBytes(bytes, { declared, maxBytes: MAX_HTML_BYTES, what: 'an HTML page' });
  return decoded.ok ? { ...decoded, declared } : decoded;
}
