/**
 * Noto Sans SC for exported charts, loaded on demand (never in the first-load bundle): the
 * fontsource unicode-range slices (~20–50 KB each) that hold the characters a figure uses are
 * fetched from the build's assets, parsed with opentype.js and kept for later downloads.
 */
import type { Font } from 'opentype.js';
import css from '@fontsource/noto-sans-sc/400.css?raw';
import { parseUnicodeRanges } from './parseUnicodeRanges';
import type { FontFor } from './createOutlinePainter';
import { parseFigureFont } from './parseFigureFont';

const FILES = import.meta.glob(['/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-400-normal.woff', '!**/*chinese-simplified*'], {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const urlOf = new Map(Object.entries(FILES).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]));
/** File names of every slice an export can load (tests check every glyph of each). */
export const FIGURE_FONT_FILES: readonly string[] = [...urlOf.keys()].sort();
const slices = parseUnicodeRanges(css);
const fonts = new Map<string, Promise<Font | null>>();

function loadSlice(file: string): Promise<Font | null> {
  let p = fonts.get(file);
  if (!p) {
    const url = urlOf.get(file);
    p = url
      ? fetch(url)
          .then((res) => (res.ok ? res.arrayBuffer() : Promise.reject(new Error(`HTTP ${res.status}`))))
          .then((buf) => parseFigureFont(buf))
          .catch(() => null)
      : Promise.resolve(null);
    fonts.set(file, p);
  }
  return p;
}

/** Loads the slices for every character of `chars`; the lookup finds the font of a character. */
export async function loadFigureFonts(chars: Iterable<string>): Promise<{ fontFor: FontFor; slices: number }> {
  const need = new Set<string>();
  for (const ch of chars) {
    const file = slices.fileFor(ch.codePointAt(0)!);
    if (file) need.add(file);
  }
  const loaded = new Map<string, Font | null>();
  await Promise.all([...need].map(async (f) => loaded.set(f, await loadSlice(f))));
  return {
    fontFor: (cp) => {
      const file = slices.fileFor(cp);
      return file ? (loaded.get(file) ?? null) : null;
    },
    slices: need.size,
  };
}
