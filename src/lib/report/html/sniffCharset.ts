/**
 * The charset an HTML page declares, read before decoding: the first bytes are
 * parsed as Latin-1 (every byte one character, so the ASCII markup reads right
 * whatever the real encoding) and the `<meta charset>` or
 * `<meta http-equiv="Content-Type" content="…; charset=…">` is taken. Only
 * the head is parsed: the bytes up to the first `<body`, at most 16 KB.
 */
import { attrOf, childrenOf, isElement, type Node } from './nodes';
import { parsePage } from './parsePage';

/** Pages put their meta near the top; CMS pages sometimes after a long comment or script. */
const SNIFF_BYTES = 16 * 1024;

function findMeta(node: Node): string | null {
  for (const child of childrenOf(node)) {
    if (!isElement(child)) continue;
    if (child.tagName === 'meta') {
      const charset = attrOf(child, 'charset');
      if (charset?.trim()) return charset.trim();
      const content = attrOf(child, 'content');
      const equiv = attrOf(child, 'http-equiv');
      const m = content && /charset\s*=\s*["']?([\w.:-]+)/i.exec(content);
      if (m && (!equiv || /content-type/i.test(equiv))) return m[1];
    }
    if (child.tagName === 'body') return null;
    const found = findMeta(child);
    if (found) return found;
  }
  return null;
}

export function sniffCharset(bytes: Uint8Array): string | null {
  const prefix = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const body = prefix.search(/<body[\s>]/i);
  return findMeta(parsePage(body > 0 ? prefix.slice(0, body) : prefix));
}
