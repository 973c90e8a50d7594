/**
 * Bytes → text. UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, otherwise
 * GB18030 (a superset of GBK and GB2312). Files that are not text (PDF, images,
 * archives, binary) are refused with a reason a person can act on.
 *
 * A declared charset (an HTML page's `<meta charset>`) is used for bytes that are
 * not valid UTF-8: bytes that are valid UTF-8 are read as UTF-8 whatever a stale
 * meta says (GBK text with Chinese in it is practically never valid UTF-8), and a
 * GB2312/GBK declaration is read with GB18030, their superset.
 */

export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; error: string };

/** A report is a few hundred KB at most; this bound keeps memory bounded on junk input. */
export const MAX_REPORT_BYTES = 16 * 1024 * 1024;

const MAGIC: [string, number[]][] = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive (or .docx/.xlsx)', [0x50, 0x4b, 0x03, 0x04]],
  ['an old Word/Excel document', [0xd0, 0xcf, 0x11, 0xe0]],
  ['a RAR archive', [0x52, 0x61, 0x72, 0x21]],
  ['a 7z archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

function formatSize(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

/** Share of control characters (other than tab/newline/CR/form feed) in a decoded sample. */
function controlShare(text: string): number {
  const sample = text.slice(0, 8192);
  if (!sample.length) return 0;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad / sample.length;
}

function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export interface DecodeOptions {
  /** Charset the document declares (WHATWG label, e.g. `gb2312`, `utf-8`, `big5`). */
  declared?: string | null;
  /** Refuse larger inputs (default MAX_REPORT_BYTES). */
  maxBytes?: number;
  /** What the size error calls the input ("a report", "an HTML page"). */
  what?: string;
}

const GB_OR_UTF8 = /^(?:utf-?8|unicode-1-1-utf-8|gb2312|gbk|gb18030|x-gbk|cp936|csgb2312|chinese|iso-ir-58|csiso58gb231280|gb_2312(?:-80)?|windows-936|ms936)$/i;

/** The TextDecoder name of a declared charset other than UTF-8 and the GB family, or null. */
function declaredDecoder(label: string | null | undefined): string | null {
  if (!label || GB_OR_UTF8.test(label.trim())) return null;
  try {
    const name = new TextDecoder(label.trim()).encoding;
    return name === 'utf-16le' || name === 'utf-16be' ? null : name;
  } catch {
    return null;
  }
}

export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): DecodeResult {
  const max = opts.maxBytes ?? MAX_REPORT_BYTES;
  if (bytes.length === 0) return { ok: false, error: 'empty file (0 bytes)' };
  if (bytes.length > max)
    return {
      ok: false,
      error: `file too large (${formatSize(bytes.length)}; ${opts.what ?? 'a report'} is at most ${formatSize(max)})`,
    };
  for (const [what, sig] of MAGIC)
    if (startsWith(bytes, sig)) return { ok: false, error: `not a text report: the file is ${what}` };

  let text: string | null = null;
  let encoding = '';
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    text = tryDecode(bytes.subarray(3), 'utf-8');
    encoding = 'utf-8';
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    text = tryDecode(bytes.subarray(2), 'utf-16le');
    encoding = 'utf-16le';
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    text = tryDecode(bytes.subarray(2), 'utf-16be');
    encoding = 'utf-16be';
  } else if (bytes.subarray(0, 4096).includes(0)) {
    return { ok: false, error: 'not a text report: binary content (NUL bytes) and no UTF-16 byte-order mark' };
  } else {
    text = tryDecode(bytes, 'utf-8');
    encoding = 'utf-8';
    const declared = text === null ? declaredDecoder(opts.declared) : null;
    if (declared) {
      text = tryDecode(bytes, declared);
      encoding = declared;
    }
    if (text === null) {
      text = tryDecode(bytes, 'gb18030');
      encoding = 'gb18030';
    }
  }
  if (text === null)
    return { ok: false, error: `cannot decode as ${encoding || 'UTF-8 or GB18030'} text (invalid byte sequences)` };
  if (controlShare(text) > 0.02) return { ok: false, error: 'not a text report: mostly binary content' };
  if (!text.trim()) return { ok: false, error: 'empty file (only whitespace)' };
  return { ok: true, text, encoding };
}
