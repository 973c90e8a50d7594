/**
 * The inflater the extractor undoes `FlateDecode` with: `inflateZlib` (plain TypeScript,
 * synchronous, the same in browsers and Node; ~8× faster than fflate on a report's small streams)
 * unless the caller that knows the platform sets a faster synchronous one — the Node scripts set
 * zlib's (`scripts/lib/nodePdfAssets.ts`), faster still in C. Either must throw on data that does
 * not inflate, give the same bytes, and stop at `limit` output bytes with `InflateLimitError`
 * (never allocating the output past it).
 */
import { inflateZlib } from './inflateZlib';

export type Inflate = (zlibData: Uint8Array, limit: number) => Uint8Array;

let inflate: Inflate = inflateZlib;

export function setPdfInflate(f: Inflate | null): void {
  inflate = f ?? inflateZlib;
}

export function pdfInflate(data: Uint8Array, limit: number): Uint8Array {
  return inflate(data, limit);
}
