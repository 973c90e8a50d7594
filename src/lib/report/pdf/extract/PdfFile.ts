/**
 * A PDF file's objects: the cross-reference data found from `startxref` (classic tables and xref
 * streams, with their `/Prev` chains and a hybrid file's `/XRefStm`), objects fetched by reference
 * from their offsets or from object streams (`/ObjStm`), streams sliced by `/Length` (direct or
 * indirect) and decoded on request, within the file's inflate budget. Encryption, a broken xref or an
 * object not where the xref says declines.
 */
import { decline } from './DeclinedPdf';
import { decodeStream } from './decodeStream';
import { InflateBudget } from './InflateBudget';
import { parseObject } from './parseObject';
import { PdfLexer } from './PdfLexer';
import { isDict, PdfCmd, PdfLazy, PdfName, PdfRef, PdfStream, type PdfDict, type PdfValue } from './pdfValue';

/** Where an object is: at a byte offset, or the `index`th object of object stream `stream`. */
type XrefEntry = { offset: number } | { stream: number; index: number };

const OBJ = PdfCmd.get('obj');
const STREAM = PdfCmd.get('stream');
const ENDSTREAM = PdfCmd.get('endstream');
const XREF = PdfCmd.get('xref');
const TRAILER = PdfCmd.get('trailer');

const latin1 = (bytes: Uint8Array) => {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return s;
};

export class PdfFile {
  readonly trailer: PdfDict;
  private readonly entries = new Map<number, XrefEntry>();
  private readonly cache = new Map<number, PdfValue>();
  private readonly objectStreams = new Map<number, { bytes: Uint8Array; offsets: number[] }>();
  private readonly decoded = new WeakMap<PdfStream, Uint8Array>();

  /** What the file's streams may inflate to (`InflateBudget`): a bomb is the file's error, not a decline. */
  constructor(
    readonly bytes: Uint8Array,
    private readonly budget = new InflateBudget(),
  ) {
    const tail = latin1(bytes.subarray(Math.max(0, bytes.length - 1024)));
    const at = tail.lastIndexOf('startxref');
    if (at < 0) decline('no startxref');
    const lexer = new PdfLexer(bytes, bytes.length - tail.length + at + 9);
    const start = lexer.token();
    if (typeof start !== 'number') throw decline('bad startxref');
    let trailer: PdfDict | null = null;
    const seen = new Set<number>();
    const queue = [start];
    while (queue.length) {
      const offset = queue.shift()!;
      if (seen.has(offset) || seen.size > 64) throw decline('xref chain loops');
      seen.add(offset);
      const section = this.readSection(offset);
      trailer ??= section;
      const stm = section.get('XRefStm');
      if (typeof stm === 'number') queue.unshift(stm);
      const prev = section.get('Prev');
      if (typeof prev === 'number') queue.push(prev);
    }
    this.trailer = trailer!;
    if (this.trailer.has('Encrypt')) decline('encrypted');
  }

  /** Reads one xref section (table or stream) into `entries` (entries already known win: they are newer); returns its trailer. */
  private readSection(offset: number): PdfDict {
    const lexer = new PdfLexer(this.bytes, offset);
    const first = lexer.token();
    if (first === XREF) {
      for (;;) {
        const t = lexer.token();
        if (t === TRAILER) break;
        const count = lexer.token();
        if (typeof t !== 'number' || typeof count !== 'number') return decline('bad xref table');
        for (let i = 0; i < count; i++) {
          const off = lexer.token();
          const gen = lexer.token();
          const kind = lexer.token();
          if (typeof off !== 'number' || typeof gen !== 'number' || !(kind instanceof PdfCmd)) return decline('bad xref entry');
          const num = t + i;
          if (this.entries.has(num)) continue;
          if (kind.cmd === 'n') this.entries.set(num, { offset: off });
          else if (kind.cmd === 'f') this.entries.set(num, { offset: -1 });
          else return decline('bad xref entry');
        }
      }
      const trailer = parseObject(lexer, true);
      return isDict(trailer) ? trailer : decline('bad trailer');
    }
    // An xref stream: `n g obj << /Type /XRef … >> stream`.
    lexer.pos = offset;
    const obj = this.readIndirect(lexer, null);
    if (!(obj instanceof PdfStream) || (obj.dict.get('Type') as PdfName | undefined)?.name !== 'XRef') return decline('startxref points at no xref');
    const d = obj.dict;
    const w = d.get('W');
    const size = d.get('Size');
    if (!Array.isArray(w) || w.length !== 3 || !w.every((x) => typeof x === 'number') || typeof size !== 'number') return decline('bad xref stream');
    const [w0, w1, w2] = w as number[];
    const index = (d.get('Index') as number[] | undefined) ?? [0, size];
    const data = decodeStream(d, obj.raw, (v) => v, this.budget);
    const field = (at: number, n: number) => {
      let v = 0;
      for (let k = 0; k < n; k++) v = v * 256 + data[at + k];
      return v;
    };
    let p = 0;
    const rowLength = w0 + w1 + w2;
    for (let s = 0; s + 1 < index.length; s += 2) {
      for (let i = 0; i < index[s + 1]; i++, p += rowLength) {
        if (p + rowLength > data.length) return decline('short xref stream');
        const num = index[s] + i;
        const type = w0 ? field(p, w0) : 1;
        const a = field(p + w0, w1);
        const b = field(p + w0 + w1, w2);
        if (this.entries.has(num)) continue;
        if (type === 0) this.entries.set(num, { offset: -1 });
        else if (type === 1) this.entries.set(num, { offset: a });
        else if (type === 2) this.entries.set(num, { stream: a, index: b });
        else return decline('bad xref stream entry');
      }
    }
    return d;
  }

  /** `n g obj … endobj` at the lexer's position; `expect` is the object number the xref promised. */
  private readIndirect(lexer: PdfLexer, expect: number | null): PdfValue {
    const num = lexer.token();
    const gen = lexer.token();
    if (typeof num !== 'number' || typeof gen !== 'number' || lexer.token() !== OBJ) return decline('no object at its xref offset');
    if (expect !== null && num !== expect) return decline('xref offset holds another object');
    const value = parseObject(lexer, true);
    if (!isDict(value)) return value;
    const at = lexer.pos;
    if (lexer.token() !== STREAM) {
      lexer.pos = at;
      return value;
    }
    // The data starts after the end of line that follows `stream` (CR LF or LF).
    let p = lexer.pos;
    if (this.bytes[p] === 0x0d) p++;
    if (this.bytes[p] === 0x0a) p++;
    const length = this.resolve(value.get('Length'));
    if (typeof length !== 'number' || length < 0 || p + length > this.bytes.length) return decline('bad stream length');
    const end = new PdfLexer(this.bytes, p + length);
    if (end.token() !== ENDSTREAM) return decline('stream length does not reach endstream');
    return new PdfStream(value, this.bytes.subarray(p, p + length));
  }

  fetch(ref: PdfRef): PdfValue {
    const cached = this.cache.get(ref.num);
    if (cached !== undefined) return cached;
    const entry = this.entries.get(ref.num);
    if (!entry) return decline('reference to an object the xref lacks');
    let value: PdfValue;
    if ('offset' in entry) {
      if (entry.offset < 0) return decline('reference to a free object');
      this.cache.set(ref.num, null); // a loop through /Length resolves to null and declines there
      value = this.readIndirect(new PdfLexer(this.bytes, entry.offset), ref.num);
    } else {
      const stm = this.objectStream(entry.stream);
      const offset = stm.offsets[entry.index];
      if (offset === undefined) return decline('object stream index out of range');
      value = parseObject(new PdfLexer(stm.bytes, offset), true);
    }
    this.cache.set(ref.num, value);
    return value;
  }

  private objectStream(num: number): { bytes: Uint8Array; offsets: number[] } {
    let stm = this.objectStreams.get(num);
    if (stm) return stm;
    const obj = this.fetch(new PdfRef(num, 0));
    if (!(obj instanceof PdfStream)) return decline('object stream is not a stream');
    const bytes = this.streamBytes(obj);
    const n = this.resolve(obj.dict.get('N'));
    const first = this.resolve(obj.dict.get('First'));
    if (typeof n !== 'number' || typeof first !== 'number') return decline('bad object stream');
    const lexer = new PdfLexer(bytes, 0, first);
    const offsets: number[] = [];
    for (let i = 0; i < n; i++) {
      lexer.token();
      const off = lexer.token();
      if (typeof off !== 'number') return decline('bad object stream header');
      offsets.push(first + off);
    }
    stm = { bytes, offsets };
    this.objectStreams.set(num, stm);
    return stm;
  }

  /** A value with an indirect reference followed, or a lazy container parsed (once: PDF has no references to references worth following). */
  resolve(v: PdfValue | undefined): PdfValue | undefined {
    if (v instanceof PdfRef) return this.fetch(v);
    if (v instanceof PdfLazy) return (v.parsed ??= parseObject(new PdfLexer(v.bytes, v.start), true));
    return v;
  }

  /** `dict[key]`, resolved. */
  get(dict: PdfDict, key: string): PdfValue | undefined {
    return this.resolve(dict.get(key));
  }

  streamBytes(stream: PdfStream): Uint8Array {
    let bytes = this.decoded.get(stream);
    if (!bytes) {
      bytes = decodeStream(stream.dict, stream.raw, (v) => this.resolve(v), this.budget);
      this.decoded.set(stream, bytes);
    }
    return bytes;
  }
}

