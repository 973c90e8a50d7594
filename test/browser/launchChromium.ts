/** Debian's Chromium through playwright-core, with the launch flags of toolchain.md. */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/lib/chromium/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
