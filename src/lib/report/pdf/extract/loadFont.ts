/**
 * A font dictionary → what text extraction needs of it, read the way pdfjs reads it, without
 * the font program: the name pdfjs gives it, writing mode, code length, widths (`/W` and `/DW`,
 * `/W2` and `/DW2` for vertical fonts; `/Widths` from `/FirstChar` and `/MissingWidth`), the font
 * matrix and box, and each code's text from `/ToUnicode`. Read: Type0 fonts with `Identity-H` or
 * `Identity-V` over an embedded CIDFontType2 (TrueType) or CIDFontType0 (CFF) font, simple TrueType
 * and Type1 (CFF) fonts with their programs embedded, Type3 fonts. Anything else declines (a
 * standard font, a Type1 PFB or OpenType program), and so does a code missing from the ToUnicode
 * map, when it is shown.
 */
import { decline } from './DeclinedPdf';
import type { PdfFile } from './PdfFile';
import { parseToUnicode } from './parseToUnicode';
import { isDict, PdfName, PdfStream, type PdfDict, type PdfValue } from './pdfValue';

export interface PdfGlyph {
  unicode: string;
  width: number;
  /** Vertical fonts: [w1y, vx, vy]. */
  vmetric: number[] | null;
  code: number;
  isWhitespace: boolean;
  isZeroWidthDiacritic: boolean;
  isInvisibleFormatMark: boolean;
}

export interface PdfFont {
  name: string;
  vertical: boolean;
  isType3: boolean;
  fontMatrix: number[];
  /** The font box, normalised (pdfjs's Type3 text height uses it). */
  bbox: number[];
  glyphs(chars: string): PdfGlyph[];
}

const FONT_IDENTITY_MATRIX = [0.001, 0, 0, 0.001, 0, 0];
// pdfjs's getCharUnicodeCategory (Apache-2.0), with its alternation as written.
const SPECIAL_CHAR = /^(\s)|(\p{Mn})|(\p{Cf})$/u;

const nameOf = (v: PdfValue | undefined) => (v instanceof PdfName ? v.name : undefined);
const isNumberArray = (v: PdfValue | undefined, n: number | null): v is number[] =>
  Array.isArray(v) && (n === null || v.length === n) && v.every((x) => typeof x === 'number');

function normalRect(r: number[]): number[] {
  const [x0, y0, x1, y1] = r;
  return [Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)];
}

/** A Type1 program (`/FontFile`) whose clear-text part sets `/FontMatrix [0.001 0 0 0.001 0 0]`, the one pdfjs assumes. */
function hasStandardType1Matrix(file: PdfFile, program: PdfStream): boolean {
  const bytes = file.streamBytes(program);
  const length1 = file.get(program.dict, 'Length1');
  const end = Math.min(bytes.length, typeof length1 === 'number' && length1 > 0 ? length1 : bytes.length, 65536);
  let head = '';
  for (let i = 0; i < end; i++) head += String.fromCharCode(bytes[i]);
  if (!head.startsWith('%!')) return false;
  const matrices = [...head.matchAll(/\/FontMatrix\s*[[{]([^\]}]*)[\]}]/g)];
  if (matrices.length !== 1) return false;
  const m = matrices[0][1].trim().split(/\s+/).map(Number);
  return m.length === 6 && m.every((x, i) => x === FONT_IDENTITY_MATRIX[i]);
}

export function loadFont(file: PdfFile, fontDict: PdfDict): PdfFont {
  const type = nameOf(file.get(fontDict, 'Subtype'));
  let dict = fontDict;
  let composite = false;
  let vertical = false;
  if (type === 'Type0') {
    const encoding = nameOf(file.get(fontDict, 'Encoding'));
    if (encoding !== 'Identity-H' && encoding !== 'Identity-V') return decline('CID font with a CMap other than Identity');
    vertical = encoding === 'Identity-V';
    const df = file.get(fontDict, 'DescendantFonts');
    const d = Array.isArray(df) ? file.resolve(df[0]) : df;
    if (!isDict(d)) return decline('Type0 font without a descendant');
    const cidType = nameOf(file.get(d, 'Subtype'));
    if (cidType !== 'CIDFontType2' && cidType !== 'CIDFontType0') return decline('CID font of another type');
    dict = d;
    composite = true;
  } else if (type !== 'TrueType' && type !== 'Type1' && type !== 'Type3') return decline(`${type ?? 'untyped'} font`);
  const isType3 = type === 'Type3';

  const descriptor = file.get(dict, 'FontDescriptor');
  if (!isType3) {
    if (!isDict(descriptor)) return decline('font without a descriptor');
    // An embedded program pdfjs reads without changing the widths' scale: TrueType, a bare CFF
    // (`FontFile3` of subtype Type1C / CIDFontType0C; pdfjs rescales `/Widths` by a CFF font
    // matrix, so width × matrix is the same), or a Type1 program whose clear-text part sets the
    // standard font matrix. Not OpenType programs, not a standard font.
    const trueType = file.get(descriptor, 'FontFile2');
    const cff = file.get(descriptor, 'FontFile3');
    const cffType = cff instanceof PdfStream ? nameOf(file.get(cff.dict, 'Subtype')) : undefined;
    const program = dict.get('Subtype') === undefined ? undefined : nameOf(file.get(dict, 'Subtype'));
    const type1 = file.get(descriptor, 'FontFile');
    const ok =
      [trueType, cff, type1].filter((f) => f !== undefined).length !== 1
        ? false
        : type1 instanceof PdfStream
          ? program === 'Type1' && hasStandardType1Matrix(file, type1)
          : trueType instanceof PdfStream
          ? program === 'TrueType' || program === 'CIDFontType2'
          : cffType === 'Type1C'
            ? program === 'Type1'
            : cffType === 'CIDFontType0C' && program === 'CIDFontType0';
    if (!ok) return decline(program === 'Type1' ? 'Type1 font without a program the extractor knows' : 'font without a program the extractor knows');
  }
  // pdfjs's font name: the descriptor's FontName, or the BaseFont where the two differ and the BaseFont extends it.
  const fontName = isDict(descriptor) ? nameOf(file.get(descriptor, 'FontName')) : undefined;
  const baseFont = nameOf(file.get(dict, 'BaseFont'));
  let name: string;
  if (isType3) name = fontName ?? 'Type3';
  else if (fontName && fontName === baseFont) name = fontName;
  else if (fontName && baseFont?.startsWith(fontName)) name = baseFont;
  else return decline('font names disagree');

  const toUnicodeStream = file.get(fontDict, 'ToUnicode');
  if (!(toUnicodeStream instanceof PdfStream)) return decline('font without a ToUnicode map');
  const toUnicode = parseToUnicode(file.streamBytes(toUnicodeStream));
  if (!toUnicode.size) return decline('empty ToUnicode map');

  const fontMatrixValue = file.get(dict, 'FontMatrix');
  const fontMatrix = isNumberArray(fontMatrixValue, 6) ? fontMatrixValue.slice() : FONT_IDENTITY_MATRIX;
  const bboxValue = (isDict(descriptor) ? file.get(descriptor, 'FontBBox') : undefined) ?? file.get(dict, 'FontBBox');
  const bbox = isNumberArray(bboxValue, 4) ? normalRect(bboxValue) : [0, 0, 0, 0];

  const widths: number[] = [];
  let defaultWidth = 0;
  const vmetrics: number[][] = [];
  let defaultVMetrics: number[] | null = null;
  const num = (v: PdfValue | undefined) => file.resolve(v);
  if (composite) {
    const dw = file.get(dict, 'DW');
    defaultWidth = typeof dw === 'number' ? Math.ceil(dw) : 1000;
    const w = file.get(dict, 'W');
    if (Array.isArray(w)) {
      for (let i = 0; i < w.length; i++) {
        let start = num(w[i++]);
        if (typeof start !== 'number' || !Number.isInteger(start)) break;
        const code = num(w[i]);
        if (Array.isArray(code)) {
          for (const c of code) {
            const width = num(c);
            if (typeof width === 'number') widths[start] = width;
            start++;
          }
        } else if (typeof code === 'number' && Number.isInteger(code)) {
          const width = num(w[++i]);
          if (typeof width !== 'number') continue;
          for (let j = start; j <= code; j++) widths[j] = width;
        } else break;
      }
    }
    if (vertical) {
      const dw2 = file.get(dict, 'DW2');
      const v = isNumberArray(dw2, 2) ? dw2 : [880, -1000];
      defaultVMetrics = [v[1], defaultWidth * 0.5, v[0]];
      const w2 = file.get(dict, 'W2');
      if (Array.isArray(w2)) {
        for (let i = 0; i < w2.length; i++) {
          let start = num(w2[i++]);
          if (typeof start !== 'number' || !Number.isInteger(start)) break;
          const code = num(w2[i]);
          if (Array.isArray(code)) {
            for (let j = 0; j < code.length; j++) {
              const m = [num(code[j++]), num(code[j++]), num(code[j])];
              if (isNumberArray(m as PdfValue[], null)) vmetrics[start] = m as number[];
              start++;
            }
          } else if (typeof code === 'number' && Number.isInteger(code)) {
            const m = [num(w2[++i]), num(w2[++i]), num(w2[++i])];
            if (!isNumberArray(m as PdfValue[], null)) continue;
            for (let j = start; j <= code; j++) vmetrics[j] = m as number[];
          } else break;
        }
      }
    }
  } else {
    const w = file.get(dict, 'Widths');
    if (!Array.isArray(w)) return decline('simple font without /Widths');
    const first = file.get(dict, 'FirstChar');
    let j = typeof first === 'number' && Number.isInteger(first) ? first : 0;
    for (const x of w) {
      const width = num(x);
      if (typeof width === 'number') widths[j] = width;
      j++;
    }
    const missing = isDict(descriptor) ? file.get(descriptor, 'MissingWidth') : undefined;
    defaultWidth = typeof missing === 'number' ? missing : 0;
  }

  const glyphCache = new Map<number, PdfGlyph>();
  const glyph = (code: number): PdfGlyph => {
    let g = glyphCache.get(code);
    if (g) return g;
    const unicode = toUnicode.get(code);
    if (!unicode) return decline('character code missing from the ToUnicode map');
    const width = widths[code];
    const groups = unicode.match(SPECIAL_CHAR);
    g = {
      unicode,
      width: typeof width === 'number' ? width : defaultWidth,
      vmetric: vertical ? (vmetrics[code] ?? defaultVMetrics) : null,
      code,
      isWhitespace: !!groups?.[1],
      isZeroWidthDiacritic: !!groups?.[2],
      isInvisibleFormatMark: !!groups?.[3],
    };
    glyphCache.set(code, g);
    return g;
  };
  const charsCache = new Map<string, PdfGlyph[]>();
  const glyphs = (chars: string): PdfGlyph[] => {
    let list = charsCache.get(chars);
    if (list) return list;
    list = [];
    if (composite) {
      if (chars.length % 2) return decline('odd byte count for a two-byte font');
      for (let i = 0; i < chars.length; i += 2) list.push(glyph((chars.charCodeAt(i) << 8) | chars.charCodeAt(i + 1)));
    } else for (let i = 0; i < chars.length; i++) list.push(glyph(chars.charCodeAt(i)));
    charsCache.set(chars, list);
    return list;
  };
  return { name, vertical, isType3, fontMatrix, bbox, glyphs };
}
