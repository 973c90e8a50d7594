/**
 * Reads a fontsource stylesheet (one `@font-face` per unicode-range slice of a font) into a
 * lookup from code point to the slice's file name.
 */
export interface FontSlices {
  /** File name (`noto-sans-sc-57-400-normal.woff`) of the slice that has `cp`, or null. */
  fileFor(cp: number): string | null;
}

export function parseUnicodeRanges(css: string): FontSlices {
  const ranges: [number, number, string][] = [];
  for (const face of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+?\.woff)\)/.exec(face)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(face)?.[1];
    if (!file || !range) continue;
    for (const part of range.split(',')) {
      const m = /U\+([0-9a-f?]+)(?:-([0-9a-f]+))?/i.exec(part.trim());
      if (!m) continue;
      const lo = parseInt(m[1].replace(/\?/g, '0'), 16);
      const hi = m[2] ? parseInt(m[2], 16) : parseInt(m[1].replace(/\?/g, 'f'), 16);
      ranges.push([lo, hi, file]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  return {
    fileFor(cp) {
      let lo = 0;
      let hi = ranges.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (cp < ranges[mid][0]) hi = mid - 1;
        else if (cp > ranges[mid][1]) lo = mid + 1;
        else return ranges[mid][2];
      }
      return null;
    },
  };
}
