/**
 * SVG path data for a glyph outline (opentype.js path commands), numbers rounded to `decimals`.
 * Written here rather than with opentype.js's `toPathData`, which leaves out the separator before a
 * negative number and then prints it as `0` when it rounds to -0: `722 -0.3` became `7220`, and
 * about 2.4% of the font's glyphs (行, 可 …) drew as garbage. Here every number is separated by a
 * space unless it starts with its own minus sign, and -0 is written 0.
 */
export interface PathCommand {
  type: 'M' | 'L' | 'C' | 'Q' | 'Z';
  x?: number;
  y?: number;
  x1?: number;
  y1?: number;
  x2?: number;
  y2?: number;
}

export function calcGlyphPathData(commands: readonly PathCommand[], decimals = 0): string {
  const num = (v: number | undefined) => {
    if (v === undefined || !Number.isFinite(v)) throw new Error('glyph path command without a finite coordinate');
    const s = String(+v.toFixed(decimals));
    return s === '-0' ? '0' : s;
  };
  let d = '';
  const put = (type: string, values: (number | undefined)[]) => {
    d += type;
    values.forEach((v, i) => {
      const s = num(v);
      d += i > 0 && !s.startsWith('-') ? ` ${s}` : s;
    });
  };
  for (const c of commands) {
    if (c.type === 'M' || c.type === 'L') put(c.type, [c.x, c.y]);
    else if (c.type === 'Q') put('Q', [c.x1, c.y1, c.x, c.y]);
    else if (c.type === 'C') put('C', [c.x1, c.y1, c.x2, c.y2, c.x, c.y]);
    else if (c.type === 'Z') d += 'Z';
  }
  return d;
}
