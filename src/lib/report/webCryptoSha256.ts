/** SHA-256 hex with Web Crypto: the browser's hasher (the Node scripts pass node:crypto's instead). */
export async function webCryptoSha256(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
}
