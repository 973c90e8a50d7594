/**
 * Which reader a file goes to, from its content first and its name second: a PDF renamed
 * `.txt`, a .docx renamed `.doc` or an HTML page saved as `.doc` go where their bytes say.
 * Files of formats the parser does not read get one line naming the format and what to do
 * (`unreadFormats.ts`). Only the first bytes are looked at, and for zip and OLE containers
 * the names of their parts: nothing is decompressed.
 */
import { unzipSync } from 'fflate';
import type { SourceFormat } from './types';
import { UNREAD_EXTENSIONS, unreadMessage, type UnreadKind } from './unreadFormats';

export type Detected = { ok: true; format: SourceFormat } | { ok: false; error: string };

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) => bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const IMAGES: [string, number[], number?][] = [
  ['.png', [0x89, 0x50, 0x4e, 0x47]],
  ['.jpeg', [0xff, 0xd8, 0xff]],
  ['.gif', ascii('GIF8')],
  ['.bmp', ascii('BM')],
  ['.tiff', [0x49, 0x49, 0x2a, 0x00]],
  ['.tiff', [0x4d, 0x4d, 0x00, 0x2a]],
  ['.webp', ascii('WEBP'), 8],
];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
/** OLE compound file (CFB): Word/Excel 97–2003, WPS, and password-protected .docx/.xlsx. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function extensionOf(file: string): string {
  return /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
}

const unread = (kind: UnreadKind, ext: string): Detected => ({ ok: false, error: unreadMessage(kind, ext) });

/** Names of a zip's parts (from its central directory), or null when it cannot be read as a zip. */
function zipNames(bytes: Uint8Array): string[] | null {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return false;
      },
    });
  } catch {
    return null;
  }
  return names;
}

/** Whether a compound file holds a stream or storage of this name (directory entries are UTF-16LE). */
function cfbHas(bytes: Uint8Array, name: string): boolean {
  const sig = [...name].flatMap((c) => [c.charCodeAt(0), 0]);
  const first = sig[0];
  for (let i = bytes.indexOf(first); i >= 0 && i + sig.length <= bytes.length; i = bytes.indexOf(first, i + 1)) if (startsWith(bytes, sig, i)) return true;
  return false;
}

function detectZip(bytes: Uint8Array, ext: string): Detected {
  const names = zipNames(bytes);
  const dotted = `.${ext}`;
  if (names === null) return { ok: false, error: ext === 'docx' ? 'not a Word document: the .docx is a damaged or truncated zip' : `cannot read the file: it starts as a zip archive but is damaged or truncated` };
  const has = (name: string) => names.some((n) => n.toLowerCase() === name.toLowerCase());
  if (has('word/document.xml')) return { ok: true, format: 'docx' };
  if (has('xl/workbook.xml')) return unread('spreadsheet', ext.startsWith('xl') ? dotted : '.xlsx');
  if (has('ppt/presentation.xml')) return unread('presentation', ext.startsWith('pp') ? dotted : '.pptx');
  if (has('OFD.xml')) return unread('ofd', '.ofd');
  if (has('content.xml') && has('mimetype')) return unread(ext === 'ods' ? 'spreadsheet' : 'odt', dotted);
  const sample = names.filter((n) => !n.endsWith('/')).slice(0, 3).join(', ');
  const holds = names.length ? `it is a zip of ${names.length} file${names.length === 1 ? '' : 's'} (${sample}${names.length > 3 ? ', …' : ''}) without word/document.xml` : 'it is an empty zip';
  if (ext === 'docx' || ext === 'doc' || ext === 'docm') return { ok: false, error: `not a Word document: ${holds}` };
  return { ok: false, error: `not a report file: ${holds}; unpack it, or drop the .zip on Import reports` };
}

function detectCfb(bytes: Uint8Array, ext: string): Detected {
  if (cfbHas(bytes, 'EncryptedPackage')) return unread('encryptedOffice', `.${ext}`);
  if (cfbHas(bytes, 'Workbook') || cfbHas(bytes, 'Book')) return unread('spreadsheet', ext === 'et' ? '.et' : '.xls');
  if (cfbHas(bytes, 'PowerPoint Document')) return unread('presentation', ext === 'dps' ? '.dps' : '.ppt');
  if (ext === 'wps' || ext === 'wpt') return unread('wps', '.wps');
  return unread('doc', '.doc');
}

/** The text after a BOM and white space starts like an HTML page. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).replace(/^\u00ef\u00bb\u00bf/, '').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || (head.startsWith('<?xml') && head.includes('<html'));
}

/**
 * `named` is the format the file name (or the caller) implies: null for a name the parser
 * does not read. Text formats (txt, md, html, json) keep their name's format unless the bytes
 * are a binary format; their text is judged by the text reader.
 */
export function detectFormat(file: string, bytes: Uint8Array, named: SourceFormat | null): Detected {
  const ext = extensionOf(file);
  if (startsWith(bytes, ascii('%PDF-'))) return { ok: true, format: 'pdf' };
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return detectZip(bytes, ext);
  if (startsWith(bytes, CFB)) return detectCfb(bytes, ext);
  for (const [what, sig, at] of IMAGES) if (startsWith(bytes, sig, at)) return unread('image', what);
  if (startsWith(bytes, ascii('{\\rtf'))) return unread('rtf', '.rtf');
  if (named === 'docx') {
    if (bytes.length === 0) return { ok: false, error: 'empty file (0 bytes)' };
    if (looksLikeHtml(bytes)) return { ok: true, format: 'html' };
    return { ok: false, error: 'not a Word document: a .docx is a zip, this file is not' };
  }
  if (named !== null) return { ok: true, format: named };
  const kind = UNREAD_EXTENSIONS[ext];
  // Word and WPS save web pages under their own names: the page is read as one.
  if ((kind === 'doc' || kind === 'wps') && looksLikeHtml(bytes)) return { ok: true, format: 'html' };
  if (kind) return unread(kind, `.${ext}`);
  return { ok: false, error: 'unsupported file type (expected .txt, .md, .html, .json, .pdf or .docx)' };
}
