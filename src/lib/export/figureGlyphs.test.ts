/**
 * Every glyph of every font slice an export can load: the slice parses, and each glyph's path
 * data is well formed and says exactly what the outline says (same commands, numbers within
 * rounding to whole font units). The browser test `test/browser/exportGlyphs.test.ts` checks that Chromium draws them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calcGlyphPathData, type PathCommand } from './calcGlyphPathData';
import { FIGURE_FONT_FILES } from './loadFigureFonts';
import { parseFigureFont } from './parseFigureFont';
import { readPathData } from './readPathData';

const DIR = 'node_modules/@fontsource/noto-sans-sc/files';

describe('glyph outlines of every loadable font slice', () => {
  it('the export can load a slice for Latin and for the common CJK characters', () => {
    expect(FIGURE_FONT_FILES.length).toBeGreaterThan(90);
    expect(FIGURE_FONT_FILES.every((f) => existsSync(`${DIR}/${f}`))).toBe(true);
  });

  it.each(FIGURE_FONT_FILES.map((f) => [f]))('%s: parses; every glyph path is well formed and matches its outline', (file) => {
    const font = parseFigureFont(readFileSync(`${DIR}/${file}`));
    let glyphs = 0;
    const bad: string[] = [];
    for (let i = 1; i < font.glyphs.length; i++) {
      const glyph = font.glyphs.get(i);
      const commands = glyph.getPath(0, 0, font.unitsPerEm).commands as PathCommand[];
      const d = calcGlyphPathData(commands);
      glyphs++;
      const read = readPathData(d);
      const expected = commands.map((c) => ({ type: c.type, values: coords(c) }));
      const same =
        read !== null &&
        read.length === expected.length &&
        read.every((c, k) => c.type === expected[k].type && c.values.length === expected[k].values.length && c.values.every((v, j) => Math.abs(v - expected[k].values[j]) <= 0.5 + 1e-9));
      if (!same) bad.push(`glyph ${i} (${glyph.unicodes.map((u) => String.fromCodePoint(u)).join('')}): ${d.slice(0, 80)}`);
    }
    expect(bad).toEqual([]);
    expect(glyphs).toBeGreaterThan(0);
  });
});

function coords(c: PathCommand): number[] {
  if (c.type === 'Z') return [];
  if (c.type === 'Q') return [c.x1!, c.y1!, c.x!, c.y!];
  if (c.type === 'C') return [c.x1!, c.y1!, c.x2!, c.y2!, c.x!, c.y!];
  return [c.x!, c.y!];
}
