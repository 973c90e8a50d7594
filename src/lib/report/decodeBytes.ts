/**
 * Bytes → text. UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, otherwise
 * GB18030 (a superset of GBK and GB2312). Files that are not text (PDF, images,
 * archives, binary) are refused with a reason a person can act on.
 *
 * A declared charset (an HTML page's `<meta charset>`) is used for bytes that are
 * not valid UTF-8: bytes that are valid UTF-8 are read as UTF-8 whatever a stale
 * meta says (GBK text with Chinese in it is practically never valid UTF-8), and a
 * GB2312/GBK declaration is read with GB18030, their superset.
 *
 * Bytes that are not valid in any encoding do not lose the file: the encoding is
 * decided on the whole file's evidence (scanEncoding: a UTF-8 file cut mid-character
 * still has thousands of good UTF-8 characters), the bad spots become U+FFFD and a
 * warning gives their byte offsets. Only input that is mostly invalid is refused.
 */
import { scanEncoding } from './scanEncoding';

export type DecodeResult = { ok: true; text: string; encoding: string; warnings?: string[] } | { ok: false; error: string };

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

/** Good multi-byte UTF-8 characters per bad spot for a file to be read as UTF-8 with replacements. */
const UTF8_EVIDENCE = 20;
/** At most this share of invalid spots (per byte) in text read with replacements. */
const MAX_BAD_SHARE = 0.005;

function replacedWarning(encoding: string, errors: number, offsets: number[], base: number): string {
  const at = offsets.map((o) => o + base).join('、');
  return `文件有 ${errors} 处字节无法按 ${encoding.toUpperCase()} 解码（第 ${at}${errors > offsets.length ? ' 等' : ''} 字节），已以 U+FFFD 代替，其余照常读取`;
}

/** UTF-8 or GB18030 bytes with invalid spots: decoded with replacement characters, or null when they are mostly invalid. */
function decodeDamaged(bytes: Uint8Array, base: number, utf8Only: boolean): { text: string; encoding: string; warnings: string[] } | null {
  const ev = scanEncoding(bytes);
  const fits = (errors: number) => errors <= Math.max(1, bytes.length * MAX_BAD_SHARE);
  if (ev.utf8Errors && (utf8Only || ev.utf8Chars >= UTF8_EVIDENCE * ev.utf8Errors) && fits(ev.utf8Errors))
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', warnings: [replacedWarning('utf-8', ev.utf8Errors, ev.utf8Offsets, base)] };
  if (utf8Only || !ev.gbErrors || !fits(ev.gbErrors)) return null;
  return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030', warnings: [replacedWarning('gb18030', ev.gbErrors, ev.gbOffsets, base)] };
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
  let warnings: string[] | undefined;
  const damaged = (body: Uint8Array, base: number, utf8Only: boolean) => {
    const d = decodeDamaged(body, base, utf8Only);
    if (d) ({ text, encoding, warnings } = d);
  };
  const utf16 = (body: Uint8Array, label: 'utf-16le' | 'utf-16be') => {
    encoding = label;
    text = tryDecode(body, label);
    if (text === null && body.length > 1) {
      // An odd trailing byte or a lone surrogate: replaced, the rest read.
      text = new TextDecoder(label).decode(body);
      warnings = [`文件不是完整的 ${label.toUpperCase()} 文本（${body.length % 2 ? `第 ${body.length + 1} 字节处被截断` : '含有不成对的代理字符'}），无法解码的部分已以 U+FFFD 代替`];
    }
  };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    text = tryDecode(bytes.subarray(3), 'utf-8');
    encoding = 'utf-8';
    if (text === null) damaged(bytes.subarray(3), 3, true);
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    utf16(bytes.subarray(2), 'utf-16le');
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    utf16(bytes.subarray(2), 'utf-16be');
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
    if (text === null) damaged(bytes, 0, false);
  }
  if (text === null) {
    const ev = scanEncoding(bytes);
    return {
      ok: false,
      error: `cannot decode as ${encoding === 'utf-8' ? 'UTF-8' : encoding === 'gb18030' ? 'UTF-8 or GB18030' : encoding} text: too many invalid byte sequences (UTF-8: ${ev.utf8Errors}, first at byte ${ev.utf8Offsets[0] ?? '-'}; GB18030: ${ev.gbErrors}, first at byte ${ev.gbOffsets[0] ?? '-'})`,
    };
  }
  if (controlShare(text) > 0.02) return { ok: false, error: 'not a text report: mostly binary content' };
  if (!text.trim()) return { ok: false, error: 'empty file (only whitespace)' };
  return warnings ? { ok: true, text, encoding, warnings } : { ok: true, text, encoding };
}
