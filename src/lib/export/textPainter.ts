/**
 * How exported SVG draws text: `plainTextPainter` writes `<text>` (needs the reader's fonts),
 * `createOutlinePainter` draws the glyphs of an embedded font as paths (opens the same on any
 * machine). The SVG renderer only measures and places; the painter decides how text becomes marks.
 */
export interface TextStyle {
  anchor?: 'start' | 'middle' | 'end';
  fill: string;
  bold?: boolean;
}

export interface TextPainter {
  /** Advance width of `text` at font size `size`, in pixels. */
  width(text: string, size: number): number;
  /** SVG markup for `text` with its start/middle/end at x and its baseline at y. */
  draw(text: string, x: number, y: number, size: number, style: TextStyle): string;
  /** `<defs>` content the drawn text needs (glyph outlines), once everything is drawn. */
  defs(): string;
}

/**
 * Untrusted text without what a figure never draws: the characters XML 1.0 forbids (C0 controls
 * but tab/LF/CR, lone surrogates, U+FFFE/FFFF), C1 controls and bidirectional embeddings,
 * overrides and isolates (a label's isolates included: in a figure every name is its own line of
 * text), so a name can neither break the SVG (nor the PNG drawn from it) nor reorder the text
 * beside it. Painters measure and draw this.
 */
export const dropUndrawn = (s: string) =>
  s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');

/** Untrusted text as XML character data: `dropUndrawn`, then markup escaped. */
export const escapeXml = (s: string) =>
  dropUndrawn(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export const FONT_FAMILY = "'Noto Sans SC', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif";

/** Estimated advance of one character in em: CJK and full-width forms 1, digits and Latin about 0.55. */
export function estimateAdvance(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp >= 0x2e80 || (cp >= 0x2000 && cp <= 0x206f && ch !== ' ')) return cp >= 0xff61 && cp <= 0xffdc ? 0.5 : 1;
  if (ch === ' ') return 0.26;
  if (/[il.,:;'|!]/.test(ch)) return 0.27;
  if (/[mwMW]/.test(ch)) return 0.85;
  return 0.56;
}

export function xmlText(text: string, x: number, y: number, size: number, style: TextStyle): string {
  const anchor = style.anchor && style.anchor !== 'start' ? ` text-anchor="${style.anchor}"` : '';
  const weight = style.bold ? ' font-weight="700"' : '';
  return `<text x="${r(x)}" y="${r(y)}" font-size="${size}" fill="${style.fill}"${anchor}${weight}>${escapeXml(text)}</text>`;
}

export const plainTextPainter: TextPainter = {
  width: (text, size) => [...dropUndrawn(text)].reduce((w, ch) => w + estimateAdvance(ch), 0) * size,
  draw: xmlText,
  defs: () => '',
};

/** Round to 0.1 px: enough for print, short in the file. */
export const r = (n: number) => String(Math.round(n * 10) / 10);
