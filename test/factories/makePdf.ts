import { createHash } from 'node:crypto';

/**
 * Minimal PDFs written byte by byte, for tests (synthetic test data): pages of ASCII
 * text in Helvetica at given positions, pages holding only a picture (a scan), and
 * the xref table pdfjs expects; optionally encrypted with a user password (its content
 * is left unencrypted: a reader stops at the password). No PDF library, no system binary.
 */
export interface PdfText {
  x: number;
  /** Baseline, from the bottom of the page (PDF coordinates). */
  y: number;
  size?: number;
  text: string;
}

export interface PdfPageSpec {
  texts?: PdfText[];
  /** A grey 8×8 picture covering the page, as a scanner writes. */
  image?: boolean;
}

const escape = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);

/** The padding string of the standard security handler (PDF 32000-1, 7.6.3.3). */
const PAD = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68,
  0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);

function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = new Uint8Array(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
    out[k] = data[k] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
}

const padded = (password: string) => Uint8Array.from([...Buffer.from(password, 'latin1'), ...PAD].slice(0, 32));
const hex = (b: Uint8Array) => `<${Buffer.from(b).toString('hex')}>`;

/** An /Encrypt dictionary (RC4 40-bit, revision 2) for a user password, and the file ID it is bound to. */
function encryption(password: string): { dict: string; id: string } {
  const id = Uint8Array.from({ length: 16 }, (_, i) => i * 7 + 3);
  const o = rc4(createHash('md5').update(padded(`${password}-owner`)).digest().subarray(0, 5), padded(password));
  const p = -44; // print and copy allowed
  const pBytes = Uint8Array.from([p & 255, (p >> 8) & 255, (p >> 16) & 255, (p >> 24) & 255]);
  const key = createHash('md5').update(padded(password)).update(o).update(pBytes).update(id).digest().subarray(0, 5);
  const u = rc4(key, PAD);
  return { dict: `<< /Filter /Standard /V 1 /R 2 /Length 40 /O ${hex(o)} /U ${hex(u)} /P ${p} >>`, id: hex(id) };
}

export function makePdf(pages: PdfPageSpec[], { width = 595, height = 842, password = '' } = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) + 0; // 1-based object number = length after push
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // pages tree, filled in below
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const image = add(`<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 64 >>\nstream\n${'\x80'.repeat(64)}\nendstream`);
  const kids: number[] = [];
  for (const p of pages) {
    const ops = (p.texts ?? []).map((t) => `BT /F1 ${t.size ?? 12} Tf ${t.x} ${t.y} Td (${escape(t.text)}) Tj ET`);
    if (p.image) ops.push(`q ${width} 0 0 ${height} 0 0 cm /Im1 Do Q`);
    const content = ops.join('\n');
    const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Contents ${stream} 0 R /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 ${image} 0 R >> >> >>`,
      ),
    );
  }
  const enc = password ? encryption(password) : null;
  const encrypt = enc ? ` /Encrypt ${add(enc.dict)} 0 R /ID [${enc.id} ${enc.id}]` : '';
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  // Latin-1: every character is one byte, so the offsets above are byte offsets.
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}
