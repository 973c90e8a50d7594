/** Thrown by an inflater whose output would pass its limit (`limit` bytes): it stopped there. */
export class InflateLimitError extends Error {
  override name = 'InflateLimitError';
  constructor(readonly limit: number) {
    super(`inflates past ${limit} bytes`);
  }
}
