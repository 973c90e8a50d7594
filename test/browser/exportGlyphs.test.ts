/**
 * Every glyph of every font slice the export can load, drawn by Chromium: the outline path the
 * export writes (calcGlyphPathData) must have the glyph's own bounding box once the browser has
 * parsed it (a malformed path stops at the error and loses the rest), and its ink must match the
 * same character drawn by Chromium's text engine with the same font (FontFace) — the exported
 * picture looks like the text on screen. Characters of 行政许可 etc. are checked by name too.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calcGlyphPathData, type PathCommand } from '../../src/lib/export/calcGlyphPathData';
import { FIGURE_FONT_FILES } from '../../src/lib/export/loadFigureFonts';
import { parseFigureFont } from '../../src/lib/export/parseFigureFont';
import { launchChromium } from './launchChromium';

const DIR = 'node_modules/@fontsource/noto-sans-sc/files';
const SIZE = 64;

interface GlyphCase {
  ch: string;
  d: string;
  box: [number, number, number, number] | null;
}

let browser: Browser;
let page: Page;
const seen = new Set<string>();

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  await page.setContent('<!doctype html><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><path id="p"/></svg><canvas id="c" width="128" height="128"></canvas>');
});
afterAll(async () => {
  await browser?.close();
});

function casesOf(file: string) {
  const bytes = readFileSync(`${DIR}/${file}`);
  const font = parseFigureFont(bytes);
  const cases: GlyphCase[] = [];
  for (let i = 1; i < font.glyphs.length; i++) {
    const glyph = font.glyphs.get(i);
    const cp = glyph.unicodes.find((u) => u > 0x20);
    if (cp === undefined) continue;
    const path = glyph.getPath(0, 0, font.unitsPerEm);
    const b = path.getBoundingBox();
    const d = calcGlyphPathData(path.commands as PathCommand[]);
    cases.push({ ch: String.fromCodePoint(cp), d, box: d ? [b.x1, b.y1, b.x2, b.y2] : null });
  }
  return { base64: bytes.toString('base64'), unitsPerEm: font.unitsPerEm, cases };
}

describe('exported glyph outlines drawn by Chromium', () => {
  it.each(FIGURE_FONT_FILES.map((f, i) => [f, i]))('%s: every glyph path has its outline box and the ink of the on-screen character', async (file, n) => {
    const { base64, unitsPerEm, cases } = casesOf(file);
    for (const c of cases) seen.add(c.ch);
    const bad = await page.evaluate(
      async ({ base64, unitsPerEm, cases, family, size }) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const face = new FontFace(family, bytes);
        await face.load();
        document.fonts.add(face);
        const path = document.getElementById('p') as unknown as SVGPathElement;
        const canvas = document.getElementById('c') as HTMLCanvasElement;
        const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
        const ink = () => {
          const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
          const on = new Uint8Array(data.length / 4);
          for (let i = 0; i < on.length; i++) on[i] = data[i * 4 + 3] > 127 ? 1 : 0;
          return on;
        };
        const out: string[] = [];
        for (const c of cases) {
          if (c.box) {
            path.setAttribute('d', c.d);
            const b = path.getBBox();
            const [x1, y1, x2, y2] = c.box;
            if (Math.abs(b.x - x1) > 1 || Math.abs(b.y - y1) > 1 || Math.abs(b.x + b.width - x2) > 1 || Math.abs(b.y + b.height - y2) > 1) {
              out.push(`${c.ch} box ${[b.x, b.y, b.x + b.width, b.y + b.height].map(Math.round)} ≠ ${c.box.map(Math.round)}`);
              continue;
            }
          }
          ctx.clearRect(0, 0, 128, 128);
          ctx.font = `${size}px "${family}"`;
          ctx.fillText(c.ch, 32, 96);
          const text = ink();
          ctx.clearRect(0, 0, 128, 128);
          ctx.save();
          ctx.translate(32, 96);
          ctx.scale(size / unitsPerEm, size / unitsPerEm);
          if (c.d) ctx.fill(new Path2D(c.d));
          ctx.restore();
          const outline = ink();
          // Same ink up to antialiasing and hinting: at least 90% of each mask lies within 1 px of the other (broken outlines score far lower).
          const near = (a: Uint8Array, b: Uint8Array) => {
            let ink = 0;
            let close = 0;
            for (let y = 0; y < 128; y++)
              for (let x = 0; x < 128; x++) {
                if (!a[y * 128 + x]) continue;
                ink++;
                let hit = false;
                for (let dy = -1; dy <= 1 && !hit; dy++) for (let dx = -1; dx <= 1 && !hit; dx++) hit = !!b[(y + dy) * 128 + x + dx];
                if (hit) close++;
              }
            return ink ? close / ink : 1;
          };
          const match = Math.min(near(text, outline), near(outline, text));
          if (match < 0.9) out.push(`${c.ch} ink match ${match.toFixed(2)}`);
        }
        return out;
      },
      { base64, unitsPerEm, cases, family: `slice${n}`, size: SIZE },
    );
    expect(bad).toEqual([]);
  });

  it('the characters the issue named were among them: 行政许可、处罚、强制、复议、诉讼', () => {
    for (const ch of '行政许可处罚强制复议诉讼') expect(seen.has(ch), ch).toBe(true);
  });
});
