/**
 * A text painter that draws glyphs of embedded fonts as paths: each glyph used is one `<path>`
 * in `<defs>` (in font units), each character a `<use>` of it, scaled. The SVG and the PNG made
 * from it then show Chinese text on any machine, without system fonts or a webfont. The text
 * itself stays in the file as the `aria-label` of its group (searchable, readable by screen
 * readers). Characters no font has fall back to `<text>`.
 */
import type { Font, Glyph } from 'opentype.js';
import { calcGlyphPathData, type PathCommand } from './calcGlyphPathData';
import { dropUndrawn, escapeXml, estimateAdvance, r, xmlText, type TextPainter } from './textPainter';

/** Finds the font that has a character (fonts come in unicode-range slices). */
export type FontFor = (codePoint: number) => Font | null;

export function createOutlinePainter(fontFor: FontFor): TextPainter {
  const ids = new Map<Glyph, string>();
  const defs: string[] = [];
  const fontIds = new Map<Font, number>();

  const glyphOf = (ch: string) => {
    const font = fontFor(ch.codePointAt(0)!);
    if (!font) return null;
    const glyph = font.charToGlyph(ch);
    return glyph.index === 0 ? null : { font, glyph };
  };
  const advance = (ch: string, size: number) => {
    const g = glyphOf(ch);
    return g ? ((g.glyph.advanceWidth ?? 0) / g.font.unitsPerEm) * size : estimateAdvance(ch) * size;
  };
  const width = (text: string, size: number) => [...dropUndrawn(text)].reduce((w, ch) => w + advance(ch, size), 0);

  const glyphId = (font: Font, glyph: Glyph) => {
    let id = ids.get(glyph);
    if (!id) {
      if (!fontIds.has(font)) fontIds.set(font, fontIds.size);
      id = `g${fontIds.get(font)}-${glyph.index}`;
      ids.set(glyph, id);
      const d = calcGlyphPathData(glyph.getPath(0, 0, font.unitsPerEm).commands as PathCommand[]);
      if (d) defs.push(`<path id="${id}" d="${d}"/>`);
      else ids.set(glyph, (id = ''));
    }
    return id;
  };

  return {
    width,
    draw(drawn, x, y, size, style) {
      const text = dropUndrawn(drawn);
      const w = width(text, size);
      let pen = style.anchor === 'middle' ? x - w / 2 : style.anchor === 'end' ? x - w : x;
      const marks: string[] = [];
      for (const ch of text) {
        const g = glyphOf(ch);
        if (g) {
          const id = glyphId(g.font, g.glyph);
          const scale = size / g.font.unitsPerEm;
          if (id) marks.push(`<use xlink:href="#${id}" transform="translate(${r(pen)} ${r(y)}) scale(${+scale.toFixed(5)})"/>`);
        } else if (ch.trim()) marks.push(xmlText(ch, pen, y, size, { fill: style.fill }).replace('<text ', '<text stroke="none" '));
        pen += advance(ch, size);
      }
      // Bold: the same outlines with a thin stroke of the fill colour (font units: ~3% of the em).
      const bold = style.bold ? ` stroke="${style.fill}" stroke-width="28" stroke-linejoin="round"` : '';
      return `<g role="img" aria-label="${escapeXml(text)}" fill="${style.fill}"${bold}>${marks.join('')}</g>`;
    },
    defs: () => defs.join(''),
  };
}
