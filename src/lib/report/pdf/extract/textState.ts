/** The graphics and text state a content stream's text needs, saved by `q` and restored by `Q` as pdfjs keeps it. */
import type { PdfFont } from './loadFont';

export interface TextState {
  ctm: number[];
  fontName: string | null;
  fontSize: number;
  font: PdfFont | null;
  /** The font's own matrix (shared, never changed in place). */
  fontMatrix: readonly number[];
  textMatrix: number[];
  textLineMatrix: number[];
  charSpacing: number;
  wordSpacing: number;
  leading: number;
  textHScale: number;
  textRise: number;
}

export const IDENTITY = [1, 0, 0, 1, 0, 0];

export function createTextState(ctm: number[] = IDENTITY): TextState {
  return {
    ctm,
    fontName: null,
    fontSize: 0,
    font: null,
    fontMatrix: [0.001, 0, 0, 0.001, 0, 0],
    textMatrix: IDENTITY.slice(),
    textLineMatrix: IDENTITY.slice(),
    charSpacing: 0,
    wordSpacing: 0,
    leading: 0,
    textHScale: 1,
    textRise: 0,
  };
}

export function cloneTextState(s: TextState): TextState {
  // Written out (a spread costs more, at a q per glyph in a Chromium print); the font matrix is the font's own and never changed in place.
  return {
    ctm: s.ctm,
    fontName: s.fontName,
    fontSize: s.fontSize,
    font: s.font,
    fontMatrix: s.fontMatrix,
    textMatrix: s.textMatrix.slice(),
    textLineMatrix: s.textLineMatrix.slice(),
    charSpacing: s.charSpacing,
    wordSpacing: s.wordSpacing,
    leading: s.leading,
    textHScale: s.textHScale,
    textRise: s.textRise,
  };
}

/** pdfjs's Util.transform: m1 × m2. */
export function transform(m1: readonly number[], m2: readonly number[]): number[] {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

/** Copies a matrix into one the state owns (a state's text matrices are its own: `cloneTextState` copies them). */
export function copyMatrix(to: number[], from: readonly number[]): void {
  for (let i = 0; i < 6; i++) to[i] = from[i];
}

export function translateMatrix(m: number[], x: number, y: number): void {
  m[4] = m[0] * x + m[2] * y + m[4];
  m[5] = m[1] * x + m[3] * y + m[5];
}
