/**
 * A content stream (a page's, or a Form XObject's run through `Do`) → text items as pdfjs's
 * `getTextContent` makes them: the operators read as pdfjs's evaluator reads them (text state,
 * `q`/`Q`/`cm`, `BT Tf Tm Td TD T* TL Tc Tw Tz Ts TJ Tj ' "`, Form XObjects with their matrix and
 * resources, marked content ending an item; ported from pdfjs's src/core/evaluator.js, Mozilla,
 * Apache License 2.0), the glyphs grouped into items by `createTextItemBuilder`. What pdfjs would
 * warn about and work around — an unknown operator, a wrong operand count, an inline image, a font
 * from an ExtGState, a missing resource — declines instead. Image XObjects are noted (a scan).
 */
import { createTextItemBuilder } from './createTextItemBuilder';
import { decline } from './DeclinedPdf';
import { loadFont, type PdfFont } from './loadFont';
import type { PdfFile } from './PdfFile';
import { CLOSE_ARRAY, CLOSE_DICT, EOF, OPEN_ARRAY, OPEN_DICT, PdfLexer } from './PdfLexer';
import { parseObject } from './parseObject';
import { isDict, PdfCmd, PdfName, PdfRef, PdfStream, type PdfDict, type PdfValue } from './pdfValue';
import { cloneTextState, copyMatrix, IDENTITY, transform, translateMatrix, type TextState } from './textState';
import type { PdfTextItem } from '../toTokens';

/** The operators this reader acts on; every other known operator is read and passed over. */
const enum Op {
  Other = 1,
  q,
  Q,
  cm,
  Tf,
  Ts,
  Tz,
  TL,
  Td,
  TD,
  TStar,
  Tm,
  Tc,
  Tw,
  BT,
  TJ,
  Tj,
  Quote,
  DoubleQuote,
  Do,
  gs,
  MarkedContent,
}

/** Operators and their operand counts (`-1`: any number, the colour operators). */
const OPERATORS: [name: string, numArgs: number, op: Op][] = [
  ...Object.entries({
    w: 1, J: 1, j: 1, M: 1, d: 2, ri: 1, i: 1, m: 2, l: 2, c: 6, v: 4, y: 4, h: 0, re: 4, S: 0, s: 0, f: 0, F: 0, 'f*': 0,
    B: 0, 'B*': 0, b: 0, 'b*': 0, n: 0, W: 0, 'W*': 0, ET: 0, Tr: 1, d0: 2, d1: 6, CS: 1, cs: 1, SC: -1, SCN: -1, sc: -1,
    scn: -1, G: 1, g: 1, RG: 3, rg: 3, K: 4, k: 4, sh: 1, MP: 1, DP: 2, BX: 0, EX: 0,
  }).map(([name, n]): [string, number, Op] => [name, n, Op.Other]),
  ['q', 0, Op.q], ['Q', 0, Op.Q], ['cm', 6, Op.cm], ['Tf', 2, Op.Tf], ['Ts', 1, Op.Ts], ['Tz', 1, Op.Tz], ['TL', 1, Op.TL],
  ['Td', 2, Op.Td], ['TD', 2, Op.TD], ['T*', 0, Op.TStar], ['Tm', 6, Op.Tm], ['Tc', 1, Op.Tc], ['Tw', 1, Op.Tw], ['BT', 0, Op.BT],
  ['TJ', 1, Op.TJ], ['Tj', 1, Op.Tj], ["'", 1, Op.Quote], ['"', 3, Op.DoubleQuote], ['Do', 1, Op.Do], ['gs', 1, Op.gs],
  ['BMC', 1, Op.MarkedContent], ['BDC', 2, Op.MarkedContent], ['EMC', 0, Op.MarkedContent],
];
for (const [name, numArgs, op] of OPERATORS) Object.assign(PdfCmd.get(name), { numArgs, op });

/** What the page reader shares across a page's streams: the file, fonts by object, and what it saw. */
export interface ExtractContext {
  file: PdfFile;
  fonts: Map<PdfDict, PdfFont>;
  viewBox: number[];
  items: PdfTextItem[];
  /** Set when an Image XObject is painted. */
  paintsImage: boolean;
}

export function extractTextItems(ctx: ExtractContext, content: Uint8Array, resources: PdfDict, initial: TextState, seen: Set<PdfStream>): void {
  const { file, viewBox } = ctx;
  const stack: TextState[] = [];
  let state = initial;
  const text = createTextItemBuilder(ctx.items, viewBox, initial);
  const { build, flush } = text;
  const font = () => state.font!;

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
    copyMatrix(state.textMatrix, state.textLineMatrix);
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
  // Operands in place (`argc` of them): clearing an array's length per operator cost more than the operators.
  const args: PdfValue[] = [];
  let argc = 0;
  const num = (i: number) => (typeof args[i] === 'number' ? (args[i] as number) : decline('operand not a number'));
  const str = (i: number) => (typeof args[i] === 'string' ? (args[i] as string) : decline('operand not a string'));
  for (;;) {
    const t = lexer.token();
    if (t === EOF) break;
    if (!(t instanceof PdfCmd)) {
      args[argc++] = t;
      if (argc > 33) decline('too many operands');
      continue;
    }
    if (t === OPEN_ARRAY || t === OPEN_DICT) {
      args[argc++] = parseObject(lexer, false, t);
      continue;
    }
    if (t === CLOSE_ARRAY || t === CLOSE_DICT) decline('unbalanced ] or >>');
    const op = t.op;
    if (op === 0) {
      const word = t.cmd;
      if (word === 'true' || word === 'false' || word === 'null') {
        args[argc++] = word === 'true' ? true : word === 'false' ? false : null;
        continue;
      }
      decline(word === 'BI' ? 'inline image' : `unknown operator ${word}`);
    }
    if (t.numArgs >= 0 && argc !== t.numArgs) decline(`operator ${t.cmd} with ${argc} operands`);
    switch (op) {
      case Op.q:
        stack.push(state);
        state = cloneTextState(state);
        break;
      case Op.Q: {
        const prev = stack.pop();
        if (prev) state = prev;
        break;
      }
      case Op.cm:
        state.ctm = transform(state.ctm, [num(0), num(1), num(2), num(3), num(4), num(5)]);
        break;
    }
    text.setState(state);
    switch (op) {
      case Op.Tf: {
        const nameArg = args[0];
        if (!(nameArg instanceof PdfName)) decline('Tf without a font name');
        const size = num(1);
        if (state.font && nameArg.name === state.fontName && size === state.fontSize) break;
        state.fontName = nameArg.name;
        state.fontSize = size;
        setFont(nameArg.name);
        break;
      }
      case Op.Ts:
        state.textRise = num(0);
        break;
      case Op.Tz:
        state.textHScale = num(0) / 100;
        break;
      case Op.TL:
        state.leading = num(0);
        break;
      case Op.Td:
        translateMatrix(state.textLineMatrix, num(0), num(1));
        copyMatrix(state.textMatrix, state.textLineMatrix);
        break;
      case Op.TD:
        state.leading = -num(1);
        translateMatrix(state.textLineMatrix, num(0), num(1));
        copyMatrix(state.textMatrix, state.textLineMatrix);
        break;
      case Op.TStar:
        carriageReturn();
        break;
      case Op.Tm: {
        const m = state.textMatrix;
        for (let i = 0; i < 6; i++) m[i] = num(i);
        copyMatrix(state.textLineMatrix, m);
        text.updateAdvanceScale();
        break;
      }
      case Op.Tc:
        state.charSpacing = num(0);
        break;
      case Op.Tw:
        state.wordSpacing = num(0);
        break;
      case Op.BT:
        copyMatrix(state.textMatrix, IDENTITY);
        copyMatrix(state.textLineMatrix, IDENTITY);
        break;
      case Op.TJ: {
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
      case Op.Tj:
        needFont();
        build(str(0), 0);
        break;
      case Op.Quote:
        needFont();
        carriageReturn();
        build(str(0), 0);
        break;
      case Op.DoubleQuote:
        needFont();
        state.wordSpacing = num(0);
        state.charSpacing = num(1);
        carriageReturn();
        build(str(2), 0);
        break;
      case Op.Do:
        paintXObject(args[0]);
        break;
      case Op.gs:
        setGState(args[0]);
        break;
      case Op.MarkedContent:
        flush();
        break;
    }
    argc = 0;
  }
  flush();
}
