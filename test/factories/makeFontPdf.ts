import { deflateSync } from 'node:zlib';

/**
 * Small PDFs for the text extractor's tests (synthetic test data), written byte by byte: lines of
 * ASCII text in a font of a chosen kind, and the file's structure in a chosen form.
 * - `font`: `type3` (a Type3 font with a ToUnicode map: the extractor reads it), `type3-no-tounicode`
 *   (its text only from glyph names: declined), `gb-cmap` (a Type0 font over the UniGB-UCS2-H CMap,
 *   no font program: declined), `helvetica` (a standard Type1 font: declined), `type1-own-matrix`
 *   (an embedded Type1 program whose clear text sets a font matrix of 1/2048 em: declined; the
 *   program is only its clear-text header, so pdfjs reads the text with a substitute font).
 * - `xref`: a classic `table`, or a `stream` — an xref stream with a PNG predictor, every object
 *   but the streams in a compressed object stream, and an incremental update (a `/Prev` chain) that
 *   replaces the page's content.
 * No PDF library, no system binary.
 */
export type FontKind = 'type3' | 'type3-no-tounicode' | 'gb-cmap' | 'helvetica' | 'type1-own-matrix';

export interface FontPdfOptions {
  font?: FontKind;
  xref?: 'table' | 'stream';
  /** FlateDecode the content stream. */
  compress?: boolean;
}

export interface FontPdfLine {
  x: number;
  y: number;
  size?: number;
  text: string;
}

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
const hex4 = (n: number) => n.toString(16).padStart(4, '0').toUpperCase();
const escape = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);

type Obj = { body: string; stream?: Uint8Array };

function fontObjects(kind: FontKind, add: (o: Obj) => number): number {
  if (kind === 'helvetica') return add({ body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' });
  if (kind === 'type1-own-matrix') {
    const header = '%!PS-AdobeFont-1.0: Test 001\n/FontMatrix [0.00048828125 0 0 0.00048828125 0 0] readonly def\ncurrentfile eexec\n';
    const program = add({ body: `<< /Length1 ${header.length} /Length2 0 /Length3 0 >>`, stream: latin1(header) });
    const cmap = '/CIDInit /ProcSet findresource begin begincmap 1 beginbfrange <20> <7E> <0020> endbfrange endcmap end';
    const toUnicode = add({ body: '<< >>', stream: latin1(cmap) });
    const widths = Array.from({ length: 95 }, () => 500).join(' ');
    return add({
      body: `<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+Test /FirstChar 32 /LastChar 126 /Widths [${widths}] /ToUnicode ${toUnicode} 0 R /FontDescriptor << /Type /FontDescriptor /FontName /ABCDEF+Test /Flags 32 /FontBBox [0 -200 1000 800] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile ${program} 0 R >> >>`,
    });
  }
  if (kind === 'gb-cmap') {
    const descendant = add({
      body: '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /DW 1000 /FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >> >>',
    });
    return add({ body: `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [${descendant} 0 R] >>` });
  }
  const proc = add({ body: '<< >>', stream: latin1('500 0 d0') });
  const codes = Array.from({ length: 95 }, (_, i) => 32 + i);
  const widths = codes.map((c) => (c === 32 ? 250 : c >= 0x30 && c <= 0x39 ? 556 : 500));
  let toUnicode = '';
  if (kind === 'type3') {
    const cmap = [
      '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
      '/CMapName /Test-UCS def /CMapType 2 def',
      '1 begincodespacerange <00> <FF> endcodespacerange',
      // A range for letters and digits, single mappings for the rest, an array-form range for two.
      `1 beginbfrange <21> <7E> <0021> endbfrange`,
      `1 beginbfchar <20> <0020> endbfchar`,
      `1 beginbfrange <7B> <7C> [<007B> <007C>] endbfrange`,
      'endcmap CMapName currentdict /CMap defineresource pop end end',
    ].join('\n');
    toUnicode = ` /ToUnicode ${add({ body: '<< >>', stream: latin1(cmap) })} 0 R`;
  }
  return add({
    body: `<< /Type /Font /Subtype /Type3 /FontBBox [0 -200 1000 800] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << ${codes.map((c) => `/g${c} ${proc} 0 R`).join(' ')} >> /Encoding << /Type /Encoding /Differences [32 ${codes.map((c) => `/g${c}`).join(' ')}] >> /FirstChar 32 /LastChar 126 /Widths [${widths.join(' ')}] /Resources << >>${toUnicode} >>`,
  });
}

function contentOf(lines: FontPdfLine[], kind: FontKind): string {
  const show = (text: string) => (kind === 'gb-cmap' ? `<${[...text].map((c) => hex4(c.charCodeAt(0))).join('')}>` : `(${escape(text)})`);
  return lines.map((l) => `BT /F1 ${l.size ?? 12} Tf ${l.x} ${l.y} Td ${show(l.text)} Tj ET`).join('\n');
}

/** One page of the given lines. In the `stream` form the page's first content says `draft`, and the update replaces it with the lines. */
export function makeFontPdf(lines: FontPdfLine[], { font = 'type3', xref = 'table', compress = false }: FontPdfOptions = {}): Uint8Array {
  const objects: Obj[] = [];
  const add = (o: Obj) => objects.push(o);
  add({ body: '<< /Type /Catalog /Pages 2 0 R >>' });
  add({ body: '<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>' });
  add({ body: '' }); // the page, below
  const fontNum = fontObjects(font, add);
  const draft = xref === 'stream' ? contentOf([{ x: 72, y: 700, text: 'draft' }], font) : contentOf(lines, font);
  const content = (text: string): Obj => {
    const bytes = latin1(text);
    return compress ? { body: '<< /Filter /FlateDecode >>', stream: new Uint8Array(deflateSync(bytes)) } : { body: '<< >>', stream: bytes };
  };
  const contentNum = add(content(draft));
  objects[2].body = `<< /Type /Page /Parent 2 0 R /Contents ${contentNum} 0 R /Resources << /Font << /F1 ${fontNum} 0 R >> >> >>`;

  const parts: Uint8Array[] = [latin1('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n')];
  let length = parts[0].length;
  const write = (b: Uint8Array | string) => {
    const bytes = typeof b === 'string' ? latin1(b) : b;
    parts.push(bytes);
    length += bytes.length;
  };
  const writeObject = (num: number, o: Obj) => {
    const at = length;
    if (o.stream) {
      write(`${num} 0 obj\n${o.body.replace(/>>$/, ` /Length ${o.stream.length} >>`)}\nstream\n`);
      write(o.stream);
      write('\nendstream\nendobj\n');
    } else write(`${num} 0 obj\n${o.body}\nendobj\n`);
    return at;
  };

  if (xref === 'table') {
    const offsets = objects.map((o, i) => writeObject(i + 1, o));
    const at = length;
    write(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
    write(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`);
    return concat(parts, length);
  }

  // Streams stay top-level objects; everything else goes into one object stream.
  const entries: [type: number, a: number, b: number][] = [[0, 0, 65535]];
  const packed = objects.map((o, i) => ({ num: i + 1, o })).filter(({ o }) => !o.stream);
  const objStmNum = objects.length + 1;
  let header = '';
  let body = '';
  for (const { num, o } of packed) {
    header += `${num} ${body.length} `;
    body += `${o.body}\n`;
  }
  const objStm = latin1(header + body);
  objects.forEach((o, i) => {
    if (o.stream) entries[i + 1] = [1, writeObject(i + 1, o), 0];
    else entries[i + 1] = [2, objStmNum, packed.findIndex((p) => p.num === i + 1)];
  });
  entries[objStmNum] = [
    1,
    writeObject(objStmNum, {
      body: `<< /Type /ObjStm /N ${packed.length} /First ${header.length} /Filter /FlateDecode >>`,
      stream: new Uint8Array(deflateSync(objStm)),
    }),
    0,
  ];
  const xrefNum = objStmNum + 1;
  const writeXrefStream = (num: number, rows: [number, [number, number, number]][], size: number, prev: number | null) => {
    const at = length;
    entries[num] = [1, at, 0];
    rows.push([num, entries[num]]);
    rows.sort((a, b) => a[0] - b[0]);
    // Rows of 1 + 4 + 2 bytes, each led by PNG filter 2 (Up): the difference from the row above.
    const raw: number[] = [];
    let above = [0, 0, 0, 0, 0, 0, 0];
    for (const [, [t, a, b]] of rows) {
      const row = [t, (a >>> 24) & 255, (a >>> 16) & 255, (a >>> 8) & 255, a & 255, (b >>> 8) & 255, b & 255];
      raw.push(2, ...row.map((v, k) => (v - above[k]) & 255));
      above = row;
    }
    const index = rows.flatMap(([n]) => [n, 1]).join(' ');
    writeObject(num, {
      body: `<< /Type /XRef /Size ${size} /Root 1 0 R /W [1 4 2] /Index [${index}] /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 7 >>${prev === null ? '' : ` /Prev ${prev}`} >>`,
      stream: new Uint8Array(deflateSync(Uint8Array.from(raw))),
    });
    return at;
  };
  const first = writeXrefStream(xrefNum, entries.map((e, n) => [n, e] as [number, [number, number, number]]).filter(([n]) => n !== xrefNum), xrefNum + 1, null);
  write(`startxref\n${first}\n%%EOF\n`);
  // The incremental update: the content object rewritten with the real lines, a new xref stream pointing back.
  entries[contentNum] = [1, writeObject(contentNum, content(contentOf(lines, font))), 0];
  const second = writeXrefStream(xrefNum + 1, [[contentNum, entries[contentNum]]], xrefNum + 2, first);
  write(`startxref\n${second}\n%%EOF\n`);
  return concat(parts, length);
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

