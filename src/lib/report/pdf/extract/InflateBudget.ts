/**
 * The bound on what one PDF file may inflate to (a zip bomb: a few KB of zeros inflating
 * 1000× per layer; the 64 MB file cap does not bound a 60 MB file of such streams): at most
 * `MAX_STREAM_INFLATED` bytes a stream and `MAX_FILE_INFLATED` bytes for all the streams of the
 * file together. Far above any report measured (README: the largest stream of the fixtures and
 * the real PDFs inflates to 0.43 MB, the largest file's streams to 1.95 MB in all). The inflater
 * is handed the limit and stops there (it never allocates past it); passing it is the file's
 * outcome, a `PdfError` — never a decline, which would hand the bomb to pdfjs.
 */
import { PdfError } from '../PdfError';
import { InflateLimitError } from './InflateLimitError';

const MB = 1048576;
export const MAX_STREAM_INFLATED = 64 * MB;
export const MAX_FILE_INFLATED = 256 * MB;

export class InflateBudget {
  /** Bytes the file's streams may still inflate to. */
  left: number;

  constructor(
    readonly perStream = MAX_STREAM_INFLATED,
    readonly total = MAX_FILE_INFLATED,
  ) {
    this.left = total;
  }

  /** `data` through `inflate` (which must throw `InflateLimitError` past its limit), counted. */
  inflate(data: Uint8Array, inflate: (data: Uint8Array, limit: number) => Uint8Array): Uint8Array {
    const limit = Math.max(0, Math.min(this.perStream, this.left));
    let out: Uint8Array;
    try {
      out = inflate(data, limit);
    } catch (e) {
      if (e instanceof InflateLimitError) throw this.passed(limit);
      throw e;
    }
    this.left -= out.length;
    return out;
  }

  /** The file's outcome when a stream went past `limit`: the stream's cap, or the file's. */
  private passed(limit: number): PdfError {
    const mb = (n: number) => `${Math.round(n / MB)} MB`;
    return new PdfError(
      limit < this.perStream ? `PDF streams inflate past ${mb(this.total)} in all: not read` : `PDF stream inflates past ${mb(this.perStream)}: not read`,
    );
  }
}
