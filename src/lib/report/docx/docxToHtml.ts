/**
 * A .docx → the HTML of its body (paragraphs, headings, tables with `colspan`/`rowspan`),
 * through mammoth (this module is imported only when a .docx arrives: its own chunk in the app). Before
 * mammoth: the zip is checked (a Word document, parts within size) and rows starting past the
 * first grid column get their gap back (`fillGridBefore`); inside mammoth every table is kept
 * one row group (`keepRowsInOneGroup`). Images become `<img>` with no data (counted by the HTML
 * reader as possible table images); files linked from outside the document are never opened.
 */
import * as mammothModule from 'mammoth';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { fillGridBefore } from './fillGridBefore';
import { keepRowsInOneGroup } from './keepRowsInOneGroup';
import { MAX_DOCX_BYTES } from './maxDocxBytes';
/** The unpacked XML parts mammoth reads (document, styles, numbering, notes …). */
export const MAX_DOCX_XML_BYTES = 64 * 1024 * 1024;

export type DocxHtml = { ok: true; html: string } | { ok: false; error: string };

const DOCUMENT = 'word/document.xml';
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

type Mammoth = typeof import('mammoth');
const m = ((mammothModule as unknown as { default?: Mammoth }).default ?? mammothModule) as Mammoth;

export async function docxToHtml(bytes: Uint8Array): Promise<DocxHtml> {
  if (bytes.length > MAX_DOCX_BYTES) return { ok: false, error: `file too large (${mb(bytes.length)}; a .docx report is at most ${mb(MAX_DOCX_BYTES)})` };
  let xmlBytes = 0;
  let documentXml: string;
  try {
    const parts = unzipSync(bytes, {
      filter: (f) => {
        if (/\.(xml|rels)$/i.test(f.name)) xmlBytes += f.originalSize;
        return f.name === DOCUMENT && xmlBytes <= MAX_DOCX_XML_BYTES;
      },
    });
    if (xmlBytes > MAX_DOCX_XML_BYTES) return { ok: false, error: `document too large to be one report: its XML unpacks to more than ${mb(MAX_DOCX_XML_BYTES)}` };
    if (!parts[DOCUMENT]) return { ok: false, error: 'not a Word document: the .docx has no word/document.xml' };
    documentXml = strFromU8(parts[DOCUMENT]);
  } catch (err) {
    return { ok: false, error: `cannot read the .docx: ${err instanceof Error ? err.message : String(err)}` };
  }
  let input = bytes;
  const filled = fillGridBefore(documentXml);
  if (filled !== documentXml) {
    const all = unzipSync(bytes);
    all[DOCUMENT] = strToU8(filled);
    input = zipSync(all, { level: 0 });
  }
  try {
    const result = await m.convertToHtml({ buffer: input, arrayBuffer: input } as unknown as Parameters<Mammoth['convertToHtml']>[0], {
      transformDocument: keepRowsInOneGroup,
      externalFileAccess: false,
      convertImage: m.images.imgElement(async (image) => ({ src: `word-image.${image.contentType.split('/')[1] ?? 'img'}` })),
    });
    return { ok: true, html: result.value };
  } catch (err) {
    return { ok: false, error: `cannot read the .docx: ${err instanceof Error ? err.message : String(err)}` };
  }
}
