/** The values of a PDF file's object syntax, as the extractor holds them. */

/** A name (`/Font`): one instance per spelling, so names compare with `===`. */
export class PdfName {
  private static readonly all = new Map<string, PdfName>();
  private constructor(readonly name: string) {}
  static get(name: string): PdfName {
    let n = PdfName.all.get(name);
    if (!n) PdfName.all.set(name, (n = new PdfName(name)));
    return n;
  }
}

/** An indirect reference (`12 0 R`). */
export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

/** An operator of a content stream (`Tj`), or a keyword the object syntax does not use as a value. */
export class PdfCmd {
  private static readonly all = new Map<string, PdfCmd>();
  /** Set by the content-stream reader for the operators it knows: its number for the operator, and the operand count (-1: any). */
  op = 0;
  numArgs = 0;
  private constructor(readonly cmd: string) {}
  static get(cmd: string): PdfCmd {
    let c = PdfCmd.all.get(cmd);
    if (!c) PdfCmd.all.set(cmd, (c = new PdfCmd(cmd)));
    return c;
  }
}

export type PdfDict = Map<string, PdfValue>;

/** A stream: its dictionary and its raw (still encoded) bytes. */
export class PdfStream {
  constructor(
    readonly dict: PdfDict,
    readonly raw: Uint8Array,
  ) {}
}

/**
 * A dictionary or array not parsed yet (a Type3 font's `/CharProcs` and `/Encoding`: hundreds of
 * names text extraction never reads), parsed on first access through `PdfFile.resolve`.
 */
export class PdfLazy {
  parsed: PdfValue | undefined = undefined;
  constructor(
    readonly bytes: Uint8Array,
    readonly start: number,
  ) {}
}

/** Strings hold their bytes as a binary string (one char per byte, 0–255), as pdfjs does. */
export type PdfValue = number | boolean | null | string | PdfName | PdfRef | PdfLazy | PdfDict | PdfStream | PdfValue[];

export const isDict = (v: unknown): v is PdfDict => v instanceof Map;
