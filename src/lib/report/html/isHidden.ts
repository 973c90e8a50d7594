/** Elements a browser never shows as page text: scripts, styles, form controls, media, hidden ones. */
import { attrOf, type Element } from './nodes';

const NEVER_SHOWN = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'base',
  'iframe', 'frame', 'object', 'embed', 'applet', 'svg', 'math', 'canvas', 'map', 'area',
  'button', 'select', 'option', 'input', 'textarea', 'label', 'audio', 'video', 'source', 'track', 'dialog',
]);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all/i;

export function isHidden(el: Element): boolean {
  if (NEVER_SHOWN.has(el.tagName)) return true;
  if (el.attrs.length === 0) return false;
  if (attrOf(el, 'hidden') !== null || attrOf(el, 'aria-hidden') === 'true') return true;
  const style = attrOf(el, 'style');
  return style !== null && HIDDEN_STYLE.test(style);
}
