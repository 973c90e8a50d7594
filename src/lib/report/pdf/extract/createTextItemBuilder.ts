/**
 * Glyphs → text items, grouped as pdfjs's `getTextContent` groups them: consecutive glyphs of one
 * line join into one item, a gap wide enough becomes a space inside it or a whitespace item between
 * two, a jump back or to another line ends the item (pushing an empty end-of-line item where none
 * is open). Ported from pdfjs's src/core/evaluator.js (`compareWithLastPosition`,
 * `buildTextContentItem`, `addFakeSpaces`, `flushTextContentItem` and their helpers; Mozilla,
 * Apache License 2.0) with its constants and its arithmetic in its order, so that positions and
 * widths come out as the same doubles; options as `readPdfPages` used pdfjs (no normalisation,
 * whitespace not kept). One builder per content stream, as pdfjs runs one per stream.
 */
import { decline } from './DeclinedPdf';
import type { PdfFont } from './loadFont';
import { translateMatrix, type TextState } from './textState';
import type { PdfTextItem } from '../toTokens';

const TRACKING_SPACE_FACTOR = 0.102;
const NOT_A_SPACE_FACTOR = 0.03;
const NEGATIVE_SPACE_FACTOR = -0.2;
const SPACE_IN_FLOW_MIN_FACTOR = 0.102;
const SPACE_IN_FLOW_MAX_FACTOR = 0.6;
const VERTICAL_SHIFT_RATIO = 0.25;
const RTL = /[\u0590-\u05f4\u0600-\u08ac\ufb50-\ufdff\ufe70-\ufeff]/;

const sameMatrix = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export interface TextItemBuilder {
  /** The state text is shown in: set again after `q` and `Q`, which replace the state object. */
  setState(state: TextState): void;
  /** Shows a string's glyphs (`Tj`, and each run of a `TJ` with the adjustment after it). */
  build(chars: string, extraSpacing: number): void;
  /** Ends the open item (marked content, an XObject, the stream's end). */
  flush(): void;
  /** After `Tm`: an item's advances so far are scaled by the matrix they were made in. */
  updateAdvanceScale(): void;
}

export function createTextItemBuilder(out: PdfTextItem[], viewBox: readonly number[], initial: TextState): TextItemBuilder {
  const item = {
    initialized: false,
    str: [] as string[],
    totalWidth: 0,
    totalHeight: 0,
    width: 0,
    height: 0,
    vertical: false,
    prevTransform: null as number[] | null,
    prevTextRise: 0,
    textAdvanceScale: 0,
    spaceInFlowMin: 0,
    spaceInFlowMax: 0,
    trackingSpaceMin: Infinity,
    negativeSpaceMax: -Infinity,
    notASpace: -Infinity,
    transform: null as number[] | null,
  };
  const twoLastChars = [' ', ' '];
  let twoLastCharsPos = 0;
  const saveLastChar = (char: string) => {
    const nextPos = (twoLastCharsPos + 1) % 2;
    const ret = twoLastChars[twoLastCharsPos] !== ' ' && twoLastChars[nextPos] === ' ';
    twoLastChars[twoLastCharsPos] = char;
    twoLastCharsPos = nextPos;
    return ret;
  };
  const shouldAddWhitespace = () => twoLastChars[twoLastCharsPos] !== ' ' && twoLastChars[(twoLastCharsPos + 1) % 2] === ' ';
  const resetLastChars = () => {
    twoLastChars[0] = twoLastChars[1] = ' ';
    twoLastCharsPos = 0;
  };

  let state = initial;
  // The font the open item is shown in (pdfjs keeps a copy of the whole state; only these are read).
  let shownSize = 0;
  let shownName: string | null = null;
  let shownFont: PdfFont | null = null;
  let started = false;
  const font = () => state.font!;

  const pushWhitespace = (width: number, height: number, t: number[] | null = item.prevTransform) => {
    // The previous glyph's transform is updated in place: an item keeps a copy.
    out.push({ str: ' ', width, height, transform: t === item.prevTransform && t ? t.slice() : t! });
  };
  /** ctm × textMatrix × [size·hscale 0 0 size 0 rise], with pdfjs's Util.transform's operations in its order (the same doubles), without the arrays. */
  const currentTransform = (into: number[] = new Array<number>(6)): number[] => {
    const f = font();
    const a = state.fontSize * state.textHScale;
    let d = state.fontSize;
    const rise = state.textRise;
    if (f.isType3 && state.fontSize <= 1 && !sameMatrix(state.fontMatrix, [0.001, 0, 0, 0.001, 0, 0])) {
      const glyphHeight = f.bbox[3] - f.bbox[1];
      if (glyphHeight > 0) d *= glyphHeight * state.fontMatrix[3];
    }
    const m = state.textMatrix;
    const t0 = m[0] * a + m[2] * 0;
    const t1 = m[1] * a + m[3] * 0;
    const t2 = m[0] * 0 + m[2] * d;
    const t3 = m[1] * 0 + m[3] * d;
    const t4 = m[0] * 0 + m[2] * rise + m[4];
    const t5 = m[1] * 0 + m[3] * rise + m[5];
    const c = state.ctm;
    into[0] = c[0] * t0 + c[2] * t1;
    into[1] = c[1] * t0 + c[3] * t1;
    into[2] = c[0] * t2 + c[2] * t3;
    into[3] = c[1] * t2 + c[3] * t3;
    into[4] = c[0] * t4 + c[2] * t5 + c[4];
    into[5] = c[1] * t4 + c[3] * t5 + c[5];
    return into;
  };
  /** The glyph's position, compared with the previous one's: computed into one array, never kept. */
  const here = [0, 0, 0, 0, 0, 0];
  const ensureItem = () => {
    if (item.initialized) return item;
    const trm = (item.transform = currentTransform());
    if (!font().vertical) {
      item.width = item.totalWidth = 0;
      item.height = item.totalHeight = Math.hypot(trm[2], trm[3]);
      item.vertical = false;
    } else {
      item.width = item.totalWidth = Math.hypot(trm[0], trm[1]);
      item.height = item.totalHeight = 0;
      item.vertical = true;
    }
    item.textAdvanceScale = Math.hypot(state.ctm[0], state.ctm[1]) * Math.hypot(state.textLineMatrix[0], state.textLineMatrix[1]);
    const { fontSize } = state;
    item.trackingSpaceMin = fontSize * TRACKING_SPACE_FACTOR;
    item.notASpace = fontSize * NOT_A_SPACE_FACTOR;
    item.negativeSpaceMax = fontSize * NEGATIVE_SPACE_FACTOR;
    item.spaceInFlowMin = fontSize * SPACE_IN_FLOW_MIN_FACTOR;
    item.spaceInFlowMax = fontSize * SPACE_IN_FLOW_MAX_FACTOR;
    item.initialized = true;
    return item;
  };
  const updateAdvanceScale = () => {
    if (!item.initialized) return;
    const scale = Math.hypot(state.ctm[0], state.ctm[1]) * Math.hypot(state.textLineMatrix[0], state.textLineMatrix[1]);
    if (scale === item.textAdvanceScale) return;
    if (!item.vertical) {
      item.totalWidth += item.width * item.textAdvanceScale;
      item.width = 0;
    } else {
      item.totalHeight += item.height * item.textAdvanceScale;
      item.height = 0;
    }
    item.textAdvanceScale = scale;
  };
  const flush = () => {
    if (!item.initialized) return;
    if (!item.vertical) item.totalWidth += item.width * item.textAdvanceScale;
    else item.totalHeight += item.height * item.textAdvanceScale;
    const str = item.str.join('');
    if (RTL.test(str)) decline('right-to-left text');
    out.push({ str, width: Math.abs(item.totalWidth), height: Math.abs(item.totalHeight), transform: item.transform! });
    item.initialized = false;
    item.str.length = 0;
  };
  const appendEOL = () => {
    resetLastChars();
    if (item.initialized) flush();
    else out.push({ str: '', width: 0, height: 0, transform: currentTransform() });
  };
  const addFakeSpaces = (width: number, transf: number[] | null, orientation: number) => {
    if (orientation * item.spaceInFlowMin <= width && width <= orientation * item.spaceInFlowMax) {
      if (item.initialized) {
        resetLastChars();
        item.str.push(' ');
      }
      return false;
    }
    let height = 0;
    if (item.vertical) {
      height = width;
      width = 0;
    }
    flush();
    resetLastChars();
    pushWhitespace(Math.abs(width), Math.abs(height), transf || currentTransform());
    return true;
  };
  const inverseRotation = (x: number, y: number, m: number[]) => {
    const scale = Math.hypot(m[0], m[1]);
    return [(m[0] * x + m[1] * y) / scale, (m[2] * x + m[3] * y) / scale];
  };
  const compareWithLastPosition = (glyphWidth: number): boolean => {
    const t = currentTransform(here);
    let posX = t[4];
    let posY = t[5];
    if (font().vertical) {
      if (posX < viewBox[0] || posX > viewBox[2] || posY + glyphWidth < viewBox[1] || posY > viewBox[3]) return false;
    } else if (posX + glyphWidth < viewBox[0] || posX > viewBox[2] || posY < viewBox[1] || posY > viewBox[3]) return false;
    if (!item.prevTransform) return true;
    let lastPosX = item.prevTransform[4];
    let lastPosY = item.prevTransform[5];
    if (lastPosX === posX && lastPosY === posY) return true;
    let rotate = -1;
    if (t[0] && t[1] === 0 && t[2] === 0) rotate = t[0] > 0 ? 0 : 180;
    else if (t[1] && t[0] === 0 && t[3] === 0) rotate = t[1] > 0 ? 90 : 270;
    switch (rotate) {
      case 0:
        break;
      case 90:
        [posX, posY] = [posY, posX];
        [lastPosX, lastPosY] = [lastPosY, lastPosX];
        break;
      case 180:
        [posX, posY, lastPosX, lastPosY] = [-posX, -posY, -lastPosX, -lastPosY];
        break;
      case 270:
        [posX, posY] = [-posY, -posX];
        [lastPosX, lastPosY] = [-lastPosY, -lastPosX];
        break;
      default:
        [posX, posY] = inverseRotation(posX, posY, t);
        [lastPosX, lastPosY] = inverseRotation(lastPosX, lastPosY, item.prevTransform);
    }
    if (font().vertical) {
      const advanceY = (lastPosY - posY) / item.textAdvanceScale;
      const advanceX = posX - lastPosX;
      const orientation = Math.sign(item.height || item.totalHeight);
      if (advanceY < orientation * item.negativeSpaceMax) {
        if (Math.abs(advanceX) > 0.5 * item.width) {
          appendEOL();
          return true;
        }
        resetLastChars();
        flush();
        return true;
      }
      if (Math.abs(advanceX) > item.width) {
        appendEOL();
        return true;
      }
      if (advanceY <= orientation * item.notASpace) resetLastChars();
      if (advanceY <= orientation * item.trackingSpaceMin) {
        if (shouldAddWhitespace()) {
          resetLastChars();
          flush();
          pushWhitespace(0, Math.abs(advanceY));
        } else item.height += advanceY;
      } else if (!addFakeSpaces(advanceY, item.prevTransform, orientation)) {
        if (item.str.length === 0) {
          resetLastChars();
          pushWhitespace(0, Math.abs(advanceY));
        } else item.height += advanceY;
      }
      if (Math.abs(advanceX) > item.width * VERTICAL_SHIFT_RATIO) flush();
      return true;
    }
    const advanceX = (posX - lastPosX) / item.textAdvanceScale;
    const advanceY = posY - lastPosY;
    const orientation = Math.sign(item.width || item.totalWidth);
    if (advanceX < orientation * item.negativeSpaceMax) {
      if (Math.abs(advanceY) > 0.5 * item.height) {
        appendEOL();
        return true;
      }
      resetLastChars();
      flush();
      return true;
    }
    const riseDelta = state.textRise - item.prevTextRise;
    const advanceYCorrected = riseDelta === 0 ? advanceY : advanceY - (t[3] / state.fontSize) * riseDelta;
    if (Math.abs(advanceYCorrected) > item.height) {
      appendEOL();
      return true;
    }
    if (advanceX <= orientation * item.notASpace) resetLastChars();
    if (advanceX <= orientation * item.trackingSpaceMin) {
      if (shouldAddWhitespace()) {
        resetLastChars();
        flush();
        pushWhitespace(Math.abs(advanceX), 0);
      } else item.width += advanceX;
    } else if (!addFakeSpaces(advanceX, item.prevTransform, orientation)) {
      if (item.str.length === 0) {
        resetLastChars();
        pushWhitespace(Math.abs(advanceX), 0);
      } else item.width += advanceX;
    }
    if (Math.abs(advanceY) > item.height * VERTICAL_SHIFT_RATIO) flush();
    return true;
  };
  const build = (chars: string, extraSpacing: number) => {
    if (shownSize !== state.fontSize || (shownName !== state.fontName && (shownFont!.name !== font().name || shownFont!.vertical !== font().vertical))) {
      flush();
      shownSize = state.fontSize;
      shownName = state.fontName;
      shownFont = state.font;
    }
    const f = font();
    const baseCharSpacing = f.vertical ? -state.charSpacing : state.charSpacing;
    if (!chars) {
      const charSpacing = baseCharSpacing + extraSpacing;
      if (charSpacing) {
        if (!f.vertical) translateMatrix(state.textMatrix, charSpacing * state.textHScale, 0);
        else translateMatrix(state.textMatrix, 0, -charSpacing);
      }
      return;
    }
    const glyphs = f.glyphs(chars);
    const scale = state.fontMatrix[0] * state.fontSize;
    for (let i = 0, ii = glyphs.length; i < ii; i++) {
      const glyph = glyphs[i];
      if (glyph.isInvisibleFormatMark) continue;
      let charSpacing = baseCharSpacing + (i + 1 === ii ? extraSpacing : 0);
      let glyphWidth = glyph.width;
      if (f.vertical) glyphWidth = glyph.vmetric ? glyph.vmetric[0] : -glyphWidth;
      let scaledDim = glyphWidth * scale;
      // As pdfjs: word spacing for the character code 32, in one-byte and two-byte fonts alike.
      if (glyph.code === 0x20) charSpacing += state.wordSpacing;
      if (glyph.isWhitespace) {
        if (!f.vertical) {
          charSpacing += scaledDim;
          translateMatrix(state.textMatrix, charSpacing * state.textHScale, 0);
        } else {
          charSpacing += -scaledDim;
          translateMatrix(state.textMatrix, 0, -charSpacing);
        }
        saveLastChar(' ');
        continue;
      }
      if (!glyph.isZeroWidthDiacritic && !compareWithLastPosition(scaledDim)) {
        if (!f.vertical) translateMatrix(state.textMatrix, scaledDim * state.textHScale, 0);
        else translateMatrix(state.textMatrix, 0, scaledDim);
        continue;
      }
      const chunk = ensureItem();
      if (glyph.isZeroWidthDiacritic) scaledDim = 0;
      if (!f.vertical) {
        scaledDim *= state.textHScale;
        translateMatrix(state.textMatrix, scaledDim, 0);
        chunk.width += scaledDim;
      } else {
        translateMatrix(state.textMatrix, 0, scaledDim);
        scaledDim = Math.abs(scaledDim);
        chunk.height += scaledDim;
      }
      if (scaledDim) {
        chunk.prevTransform = currentTransform(chunk.prevTransform ?? undefined);
        chunk.prevTextRise = state.textRise;
      }
      if (saveLastChar(glyph.unicode)) chunk.str.push(' ');
      chunk.str.push(glyph.unicode);
      if (charSpacing) {
        if (!f.vertical) translateMatrix(state.textMatrix, charSpacing * state.textHScale, 0);
        else translateMatrix(state.textMatrix, 0, -charSpacing);
      }
    }
  };
  return {
    setState(s) {
      state = s;
      if (started) return;
      started = true;
      shownSize = s.fontSize;
      shownName = s.fontName;
      shownFont = s.font;
    },
    build,
    flush,
    updateAdvanceScale,
  };
}
