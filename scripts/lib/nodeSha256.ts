/** SHA-256 hex with node:crypto: the Node scripts' hasher for parseReport (Web Crypto is the browser's). */
import { createHash } from 'node:crypto';

export function nodeSha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
