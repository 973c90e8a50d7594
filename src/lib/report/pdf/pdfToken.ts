/** A run of text on a PDF page, in page units with the origin at the top left (y grows downwards). */
export interface PdfToken {
  text: string;
  /** 1-based page number. */
  page: number;
  x0: number;
  x1: number;
  /** Top and bottom of the glyph box. */
  top: number;
  bottom: number;
  /** Vertical middle of the glyphs: tokens of one table row share it even when their font sizes differ. */
  cy: number;
  /** Font size. */
  size: number;
}

/** Where a line of the text form sits in the PDF: its page and its box there. */
export interface PdfLineSource {
  page: number;
  box: [x0: number, top: number, x1: number, bottom: number];
}

export function boxOf(tokens: readonly PdfToken[]): PdfLineSource {
  let x0 = Infinity;
  let top = Infinity;
  let x1 = -Infinity;
  let bottom = -Infinity;
  for (const t of tokens) {
    x0 = Math.min(x0, t.x0);
    top = Math.min(top, t.top);
    x1 = Math.max(x1, t.x1);
    bottom = Math.max(bottom, t.bottom);
  }
  const r = (v: number) => Math.round(v * 10) / 10;
  return { page: tokens[0]?.page ?? 0, box: [r(x0), r(top), r(x1), r(bottom)] };
}
