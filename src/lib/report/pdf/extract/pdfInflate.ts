/**
 * The inflater the extractor undoes `FlateDecode` with: fflate (plain JavaScript, synchronous, the
 * same in browsers and Node) unless the caller that knows the platform sets a faster synchronous
 * one — the Node scripts set zlib's (`scripts/lib/nodePdfAssets.ts`), several times faster on the
 * hundreds of small streams a report holds. Either must throw on data that does not inflate.
 */
import { unzlibSync } from 'fflate';

export type Inflate = (zlibData: Uint8Array) => Uint8Array;

let inflate: Inflate = (data) => unzlibSync(data);

export function setPdfInflate(f: Inflate | null): void {
  inflate = f ?? ((data) => unzlibSync(data));
}

export function pdfInflate(data: Uint8Array): Uint8Array {
  return inflate(data);
}
