/**
 * SHA-256 as lowercase hex. The build stages take the hasher as an argument: node:crypto in the
 * scripts (sync, fast), Web Crypto in the browser (`webCryptoSha256` of the parser).
 */
export type Sha256Hex = (bytes: Uint8Array) => string | Promise<string>;
