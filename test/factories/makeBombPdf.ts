import { deflateSync } from 'node:zlib';

/**
 * SYNTHETIC zip-bomb PDFs for tests: zlib streams of zeros (deflate packs ~1000 zero bytes in
 * one) as a page's content streams or as a picture, with a line of text in Helvetica, the xref
 * pdfjs expects (or none: a file whose xref pdfjs has to rebuild, which our extractor declines
 * before inflating anything). A few tens of KB each; generated, never committed.
 */
export interface BombSpec {
  /** Inflated sizes of the page's content streams, each zeros (FlateDecode). */
  contents?: number[];
  /** Inflated size of a picture the page paints (FlateDecode, zeros). */
  image?: number;
  /** Leave out the xref table and `startxref`. */
  noXref?: boolean;
}

const zeros = new Map<number, string>();
/** The zlib stream of `size` zeros, as a Latin-1 string (one character a byte); made once per size. */
function zlibZeros(size: number): string {
  let z = zeros.get(size);
  if (z === undefined) {
    z = Buffer.from(deflateSync(Buffer.alloc(size), { level: 9 })).toString('latin1');
    zeros.set(size, z);
  }
  return z;
}

export function makeBombPdf({ contents = [], image, noXref = false }: BombSpec): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add('<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  add(''); // the page, below
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const text = 'BT /F1 12 Tf 72 770 Td (Annual report of an agency, its tables below) Tj ET\n';
  const streams = [add(`<< /Length ${text.length} >>\nstream\n${text}\nendstream`)];
  for (const size of contents) {
    const z = zlibZeros(size);
    streams.push(add(`<< /Length ${z.length} /Filter /FlateDecode >>\nstream\n${z}\nendstream`));
  }
  let xobject = '';
  if (image !== undefined) {
    const z = zlibZeros(image);
    const side = Math.floor(Math.sqrt(image));
    const im = add(`<< /Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${z.length} >>\nstream\n${z}\nendstream`);
    const paint = 'q 100 0 0 100 72 600 cm /Im1 Do Q\n';
    streams.push(add(`<< /Length ${paint.length} >>\nstream\n${paint}\nendstream`));
    xobject = ` /XObject << /Im1 ${im} 0 R >>`;
  }
  objects[2] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [${streams.map((s) => `${s} 0 R`).join(' ')}] /Resources << /Font << /F1 4 0 R >>${xobject} >> >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  if (!noXref) {
    const xref = out.length;
    out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
    for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
    out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n`;
  } else out += `trailer\n<< /Root 1 0 R >>\n`;
  out += '%%EOF\n';
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}
