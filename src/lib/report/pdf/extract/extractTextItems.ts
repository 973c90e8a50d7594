/**
 * A content stream (a page's, or a Form XObject's run through `Do`) → text items grouped the way
 * pdfjs's `getTextContent` groups glyphs: consecutive glyphs of one line join into one item, a
 * gap wide enough becomes a space inside it or a whitespace item between two, a jump back or to
 * another line ends the item. The grouping (`compareWithLastPosition`, `buildTextContentItem`,
 * `addFakeSpaces`, `flushTextContentItem` and the operator handling around them) is ported from
 * pdfjs's src/core/evaluator.js (Mozilla, Apache License 2.0), with its constants, so that
 * `toTokens` sees the same items; the options are those `readPdfPages` used with pdfjs
 * (no normalisation, no marked content, whitespace not kept). What pdfjs would warn about and
 * work around — an unknown operator, a wrong argument count, an inline image, a font from an
 * ExtGState, a missing resource — declines instead.
 */
import { decline } from './DeclinedPdf';
import { loadFont, type PdfFont } from './loadFont';
import type { PdfFile } from './PdfFile';
import { CLOSE_ARRAY, CLOSE_DICT, EOF, OPEN_ARRAY, OPEN_DICT, PdfLexer } from './PdfLexer';
import { parseObject } from './parseObject';
import { isDict, PdfCmd, PdfName, PdfRef, PdfStream, type PdfDict, type PdfValue } from './pdfValue';
import { cloneTextState, createTextState, IDENTITY, transform, translateMatrix, type TextState } from './textState';
import type { PdfTextItem } from '../toTokens';

/** Operators and their argument counts (`-1`: any number, the colour operators). */
const OPS: Record<string, number> = {
  w: 1, J: 1, j: 1, M: 1, d: 2, ri: 1, i: 1, gs: 1, q: 0, Q: 0, cm: 6,
  m: 2, l: 2, c: 6, v: 4, y: 4, h: 0, re: 4, S: 0, s: 0, f: 0, F: 0, 'f*': 0, B: 0, 'B*': 0, b: 0, 'b*': 0, n: 0, W: 0, 'W*': 0,
  BT: 0, ET: 0, Tc: 1, Tw: 1, Tz: 1, TL: 1, Tf: 2, Tr: 1, Ts: 1, Td: 2, TD: 2, Tm: 6, 'T*': 0, Tj: 1, TJ: 1, "'": 1, '"': 3,
  d0: 2, d1: 6, CS: 1, cs: 1, SC: -1, SCN: -1, sc: -1, scn: -1, G: 1, g: 1, RG: 3, rg: 3, K: 4, k: 4,
  sh: 1, Do: 1, MP: 1, DP: 2, BMC: 1, BDC: 2, EMC: 0, BX: 0, EX: 0,
};

const TRACKING_SPACE_FACTOR = 0.102;
const NOT_A_SPACE_FACTOR = 0.03;
const NEGATIVE_SPACE_FACTOR = -0.2;
const SPACE_IN_FLOW_MIN_FACTOR = 0.102;
const SPACE_IN_FLOW_MAX_FACTOR = 0.6;
const VERTICAL_SHIFT_RATIO = 0.25;
const RTL = /[\u0590-\u05f4\u0600-\u08ac\ufb50-\ufdff\ufe70-\ufeff]/;

/** What the page reader shares across a page's streams: the file, fonts by object, and what it saw. */
export interface ExtractContext {
  file: PdfFile;
  fonts: Map<PdfDict, PdfFont>;
  viewBox: number[];
  items: PdfTextItem[];
  /** Set when an Image XObject is painted. */
  paintsImage: boolean;
}

const sameMatrix = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function extractTextItems(ctx: ExtractContext, content: Uint8Array, resources: PdfDict, initial: TextState, seen: Set<PdfStream>): void {
  const { file, viewBox } = ctx;
  const out = ctx.items;
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

  const stack: TextState[] = [];
  let state = initial;
  let current: TextState | null = null;
  const font = () => state.font!;

  const pushWhitespace = (width: number, height: number, t: number[] | null = item.prevTransform) => {
    out.push({ str: ' ', width, height, transform: t! });
  };
  const currentTransform = (): number[] => {
    const f = font();
    const tsm = [state.fontSize * state.textHScale, 0, 0, state.fontSize, 0, state.textRise];
    if (f.isType3 && state.fontSize <= 1 && !sameMatrix(state.fontMatrix, [0.001, 0, 0, 0.001, 0, 0])) {
      const glyphHeight = f.bbox[3] - f.bbox[1];
      if (glyphHeight > 0) tsm[3] *= glyphHeight * state.fontMatrix[3];
    }
    return transform(state.ctm, transform(state.textMatrix, tsm));
  };
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
    const t = currentTransform();
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
    if (
      current !== state &&
      (current!.fontSize !== state.fontSize ||
        (current!.fontName !== state.fontName && (current!.font!.name !== font().name || current!.font!.vertical !== font().vertical)))
    ) {
      flush();
      current = cloneTextState(state);
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
        chunk.prevTransform = currentTransform();
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
  const setFont = (name: string) => {
    const fonts = file.get(resources, 'Font');
    const ref = isDict(fonts) ? fonts.get(name) : undefined;
    const dict = file.resolve(ref);
    if (!isDict(dict)) return decline(`font ${name} missing`);
    let f = ctx.fonts.get(dict);
    if (!f) ctx.fonts.set(dict, (f = loadFont(file, dict)));
    state.font = f;
    state.fontMatrix = f.fontMatrix;
  };
  const carriageReturn = () => {
    translateMatrix(state.textLineMatrix, 0, -state.leading);
    state.textMatrix = state.textLineMatrix.slice();
  };
  const needFont = () => {
    if (!state.font) decline('text shown before a font is set');
  };
  const paintXObject = (nameArg: PdfValue) => {
    flush();
    if (!(nameArg instanceof PdfName)) return decline('XObject not named');
    const xobjects = file.get(resources, 'XObject');
    const raw = isDict(xobjects) ? xobjects.get(nameArg.name) : undefined;
    const xobj = raw instanceof PdfRef ? file.fetch(raw) : raw;
    if (!(xobj instanceof PdfStream)) return decline('XObject is not a stream');
    const subtype = file.get(xobj.dict, 'Subtype');
    if (!(subtype instanceof PdfName)) return decline('XObject without a subtype');
    if (subtype.name === 'Image') {
      ctx.paintsImage = true;
      return;
    }
    if (subtype.name !== 'Form') return;
    if (seen.has(xobj)) return decline('XObject paints itself');
    const formState = cloneTextState(state);
    const m = file.get(xobj.dict, 'Matrix');
    if (Array.isArray(m) && m.length === 6 && m.every((x) => typeof x === 'number')) formState.ctm = transform(formState.ctm, m as number[]);
    else if (m !== undefined) return decline('bad form matrix');
    const local = file.get(xobj.dict, 'Resources');
    seen.add(xobj);
    extractTextItems(ctx, file.streamBytes(xobj), isDict(local) ? local : resources, formState, seen);
    seen.delete(xobj);
  };
  const setGState = (nameArg: PdfValue) => {
    if (!(nameArg instanceof PdfName)) return decline('ExtGState not named');
    const states = file.get(resources, 'ExtGState');
    const gs = isDict(states) ? file.get(states, nameArg.name) : undefined;
    if (!isDict(gs)) return decline('ExtGState missing');
    if (gs.has('Font')) decline('font set by an ExtGState');
  };

  const lexer = new PdfLexer(content);
  const args: PdfValue[] = [];
  const num = (i: number) => (typeof args[i] === 'number' ? (args[i] as number) : decline('operand not a number'));
  const str = (i: number) => (typeof args[i] === 'string' ? (args[i] as string) : decline('operand not a string'));
  for (;;) {
    const t = lexer.token();
    if (t === EOF) break;
    if (!(t instanceof PdfCmd) || t === OPEN_ARRAY || t === OPEN_DICT) {
      args.push(parseObject(lexer, false, t));
      if (args.length > 33) decline('too many operands');
      continue;
    }
    if (t === CLOSE_ARRAY || t === CLOSE_DICT) decline('unbalanced ] or >>');
    const op = t.cmd;
    if (op === 'true' || op === 'false' || op === 'null') {
      args.push(op === 'true' ? true : op === 'false' ? false : null);
      continue;
    }
    const n = OPS[op];
    if (n === undefined) decline(op === 'BI' ? 'inline image' : `unknown operator ${op}`);
    if (n >= 0 && args.length !== n) decline(`operator ${op} with ${args.length} operands`);
    switch (op) {
      case 'q':
        stack.push(state);
        state = cloneTextState(state);
        break;
      case 'Q': {
        const prev = stack.pop();
        if (prev) state = prev;
        break;
      }
      case 'cm':
        state.ctm = transform(state.ctm, [num(0), num(1), num(2), num(3), num(4), num(5)]);
        break;
    }
    current ??= cloneTextState(state);
    switch (op) {
      case 'Tf': {
        const nameArg = args[0];
        if (!(nameArg instanceof PdfName)) decline('Tf without a font name');
        const size = num(1);
        if (state.font && nameArg.name === state.fontName && size === state.fontSize) break;
        state.fontName = nameArg.name;
        state.fontSize = size;
        setFont(nameArg.name);
        break;
      }
      case 'Ts':
        state.textRise = num(0);
        break;
      case 'Tz':
        state.textHScale = num(0) / 100;
        break;
      case 'TL':
        state.leading = num(0);
        break;
      case 'Td':
        translateMatrix(state.textLineMatrix, num(0), num(1));
        state.textMatrix = state.textLineMatrix.slice();
        break;
      case 'TD':
        state.leading = -num(1);
        translateMatrix(state.textLineMatrix, num(0), num(1));
        state.textMatrix = state.textLineMatrix.slice();
        break;
      case 'T*':
        carriageReturn();
        break;
      case 'Tm': {
        const m = [num(0), num(1), num(2), num(3), num(4), num(5)];
        state.textMatrix = m.slice();
        state.textLineMatrix = m.slice();
        updateAdvanceScale();
        break;
      }
      case 'Tc':
        state.charSpacing = num(0);
        break;
      case 'Tw':
        state.wordSpacing = num(0);
        break;
      case 'BT':
        state.textMatrix = IDENTITY.slice();
        state.textLineMatrix = IDENTITY.slice();
        break;
      case 'TJ': {
        needFont();
        const elements = args[0];
        if (!Array.isArray(elements)) decline('TJ without an array');
        const spaceFactor = ((font().vertical ? 1 : -1) * state.fontSize) / 1000;
        let buffer = '';
        let buffered = false;
        for (const e of elements) {
          if (typeof e === 'string') {
            buffer += e;
            buffered = true;
          } else if (typeof e === 'number') {
            if (e !== 0) {
              build(buffer, e * spaceFactor);
              buffer = '';
              buffered = false;
            }
          } else decline('TJ element neither string nor number');
        }
        if (buffered) build(buffer, 0);
        break;
      }
      case 'Tj':
        needFont();
        build(str(0), 0);
        break;
      case "'":
        needFont();
        carriageReturn();
        build(str(0), 0);
        break;
      case '"':
        needFont();
        state.wordSpacing = num(0);
        state.charSpacing = num(1);
        carriageReturn();
        build(str(2), 0);
        break;
      case 'Do':
        paintXObject(args[0]);
        break;
      case 'gs':
        setGState(args[0]);
        break;
      case 'BMC':
      case 'BDC':
      case 'EMC':
        flush();
        break;
    }
    args.length = 0;
  }
  flush();
}
