/**
 * Text → GBK bytes, in pure TypeScript (TextEncoder only writes UTF-8): the
 * table is built once by decoding every GBK double-byte code with the
 * platform's own GBK decoder, so it agrees with the decoder the parser uses.
 * A character GBK cannot hold becomes an HTML character reference (&#NNNN;).
 */
let table: Map<number, number> | null = null;

function gbkTable(): Map<number, number> {
  if (table) return table;
  const pairs: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) pairs.push(lead, trail);
  const decoded = new TextDecoder('gbk').decode(new Uint8Array(pairs));
  table = new Map();
  let i = 0;
  for (const ch of decoded) {
    const code = (pairs[i] << 8) | pairs[i + 1];
    i += 2;
    const cp = ch.codePointAt(0)!;
    if (cp !== 0xfffd && !table.has(cp)) table.set(cp, code);
  }
  return table;
}

export function encodeGbk(text: string): Uint8Array {
  const map = gbkTable();
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else {
      const code = map.get(cp);
      if (code !== undefined) out.push(code >> 8, code & 0xff);
      else for (const c of `&#${cp};`) out.push(c.charCodeAt(0));
    }
  }
  return new Uint8Array(out);
}
